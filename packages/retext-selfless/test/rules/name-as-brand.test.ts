import {ruleTable} from '../rule-table.js'

ruleTable('name-as-brand', {
  flag: [
    {
      text: 'CP Bala’s special squad arrested 12 suspects overnight.',
      actual: 'CP Bala’s special squad',
      expected: ["The police's special squad"],
      reason: 'Brands the office’s work with an official (`CP Bala’s special squad`); name the scheme or the institution',
      severity: 'warning'
    },
    {
      text: 'The app is the brainchild of Deputy Commissioner Ahmed Raza.',
      actual: 'brainchild of Deputy Commissioner Ahmed Raza',
      expected: []
    },
    {
      text: 'Residents praised the DC’s model of doorstep services.',
      actual: 'the DC’s model',
      expected: ["the District Administration's model"]
    },
    {
      text: 'The DC Cup cricket tournament began at the stadium today.',
      actual: 'DC Cup',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'The helpline is the SSP’s own brainchild.',
      actual: 'the SSP’s own brainchild',
      expected: []
    },
    {
      text: 'Collector Karur’s formula will cover every village.',
      actual: 'Collector Karur’s formula',
      expected: ["The District Administration's formula"],
      offset: 0
    }
  ],
  pass: [
    {text: 'The DC’s office will remain open on Saturday.', why: 'the office is a place'},
    {text: 'The Punjab Police special squad arrested 12 suspects.', why: 'an institution’s squad'},
    {text: 'The World Cup final will be screened in the park.', why: 'a trophy not named after a post'},
    {text: 'The new model of service delivery was approved by the cabinet.', why: 'no official'},
    {text: 'The DC’s team inspected the site.', why: 'the officer’s team is a fact, not a brand'}
  ]
})
