import {ruleTable} from '../rule-table.js'

ruleTable('award-self-announcement', {
  flag: [
    {
      text: 'Humbled to receive the Best District Collector award from the Hon’ble Governor.',
      actual: 'Humbled to receive',
      expected: [],
      reason: 'Announces a personal honour (`Humbled to receive`); report what the institution was recognised for',
      severity: 'warning'
    },
    {
      text: 'I am honoured to have been conferred the Quaid-e-Azam Police Medal.',
      actual: 'honoured to have been conferred',
      expected: []
    },
    {
      text: 'People were shouting slogans. I felt humbled to my core.',
      actual: 'humbled',
      expected: []
    },
    {
      text: 'I am honoured to have been conferred the Quaid-e-Azam Police Medal.',
      actual: 'honoured to have been conferred',
      expected: [],
      severity: 'warning',
      options: {speaker: 'officer'}
    },
    {
      text: 'Humbled to receive the Best District Collector award.',
      actual: 'Humbled to receive',
      expected: [],
      severity: 'suggestion',
      options: {speaker: 'personal'}
    },
    {
      text: 'I was awarded the Excellence in Governance award by the newspaper.',
      actual: 'I was awarded',
      expected: []
    },
    {
      text: 'Deputy Commissioner Sara Khan received the Best Electoral Practices Award.',
      actual: 'Deputy Commissioner Sara Khan received',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'We are proud to receive the Prime Minister’s Award for Excellence.',
      actual: 'proud to receive',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'Honoured to be felicitated by the Chief Minister for the flood relief work.',
      actual: 'Honoured to be felicitated',
      expected: []
    },
    {
      text: 'Overwhelmed by the love and blessings of the people of Karur on my farewell.',
      actual: 'Overwhelmed by the love',
      expected: []
    }
  ],
  pass: [
    {text: 'On Civil Services Day, our district received the Prime Minister’s Award for Excellence for holistic development.', why: 'a factual institutional award'},
    {text: 'I am immensely proud to be in a position to recognise the outstanding work of our officers and staff.', why: 'recognising staff'},
    {text: 'I had the pleasure of seeing the branch presented with the Queen’s Award for Voluntary Service.', why: 'an award to others'},
    {text: 'The Chief conferred the PNP Heroism Medal on 18 members of the station.', why: 'the official presents an award'},
    {text: 'I am happy to receive your complaints on the helpline.', why: 'no award'},
    {text: 'Our district won the cleanest city award for the second year.', why: 'the institution wins'},
    {text: 'The hospitals were overwhelmed by the response to the floods.', why: 'no official, no acclaim'}
  ]
})
