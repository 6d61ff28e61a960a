import {ruleTable} from '../rule-table.js'

ruleTable('officer-inaugurates', {
  flag: [
    {
      text: 'Deputy Commissioner Abdullah Nayyer Sheikh inaugurated the special drive at Saleemi Chowk.',
      actual: 'Deputy Commissioner Abdullah Nayyer Sheikh inaugurated',
      expected: ['The District Administration launched'],
      reason:
        'Makes an official the face of the office’s work (`Deputy Commissioner Abdullah Nayyer Sheikh inaugurated`); report the event, not who opened it',
      severity: 'warning'
    },
    {
      text: 'The new ward was inaugurated by the Deputy Commissioner (DC) Rawalpindi Tahir Farooq on Monday.',
      actual: 'inaugurated by the Deputy Commissioner (DC) Rawalpindi Tahir Farooq',
      expected: ['opened']
    },
    {
      text: 'Commissioner Aamir Khattak on Tuesday inaugurated the new block.',
      actual: 'Commissioner Aamir Khattak on Tuesday inaugurated',
      expected: ['The Rawalpindi Division on Tuesday opened'],
      options: {institution: 'The Rawalpindi Division'}
    },
    {
      text: 'The DC laid the foundation stone of the new school.',
      actual: 'The DC laid the foundation stone',
      expected: ['The District Administration laid the foundation stone']
    },
    {
      text: 'SSP Ali Khan cut the ribbon to open the facility.',
      actual: 'SSP Ali Khan cut the ribbon',
      expected: []
    },
    {
      text: 'DC Rawalpindi launched a tree plantation campaign.',
      actual: 'DC Rawalpindi launched',
      expected: ['The District Administration launched'],
      severity: 'suggestion'
    },
    {
      text: 'The DC visited the site. He inaugurated the clinic.',
      actual: 'He inaugurated',
      expected: ['The District Administration opened'],
      severity: 'suggestion'
    },
    {
      text: 'While inaugurating the camp, DC Tahir Farooq said that 40 doctors would serve.',
      actual: 'While inaugurating',
      expected: ['At the opening of']
    }
  ],
  pass: [
    {text: 'While inaugurating the camp, the Chief Minister said so.', why: 'a politician, not an official'},
    {text: 'The Chief Minister inaugurated the hospital in the presence of the DC.', why: 'a politician, not an official'},
    {text: 'The DC inaugurated the session of the district council.', why: 'opening a session is the officer’s formal duty'},
    {text: 'DC Rawalpindi launched an inquiry into the collapse.', why: 'an inquiry is duty, not a ceremony'},
    {text: 'The Chief Constable unveiled a new plan for neighbourhood policing.', why: 'unveiling a plan is not a ceremony'},
    {text: 'The District Administration inaugurated the new ward.', why: 'the institution as subject'},
    {text: 'The drive began on 14 September at Saleemi Chowk.', why: 'the recommended rewrite'}
  ]
})
