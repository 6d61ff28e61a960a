import {ruleTable} from '../rule-table.js'

ruleTable('took-a-round', {
  flag: [
    {
      text: 'The DC took a round of the city on a motorcycle to check the cleanliness arrangements.',
      actual: 'took a round of the city on a motorcycle',
      expected: [],
      reason:
        'Narrates the officer’s round as a performance (`took a round of the city on a motorcycle`); report what was inspected and found',
      severity: 'warning'
    },
    {
      text: 'Deputy Commissioner Ali Shah took a round of the bazaars on foot.',
      actual: 'took a round of the bazaars on foot',
      expected: []
    },
    {text: 'The Commissioner made rounds of the city at midnight.', actual: 'made rounds of the city at midnight', expected: []},
    {text: 'The SSP toured the old city on a bicycle.', actual: 'toured the old city on a bicycle', expected: []},
    {
      text: 'The Deputy Commissioner took a round of the hospital in the wee hours.',
      actual: 'took a round of the hospital in the wee hours',
      expected: []
    },
    {
      text: 'The Deputy Commissioner took a round of the various markets, streets and main roads of the old city on his motorcycle.',
      actual: 'on his motorcycle',
      expected: []
    },
    {text: 'The DC reached the office on a bicycle.', actual: 'reached the office on a bicycle', expected: []}
  ],
  pass: [
    {text: 'The DC took a round of the hospital and checked the wards.', why: 'a plain round is a plain report of an inspection'},
    {
      text: 'Deputy Commissioner Om Prakash Bhagat undertook an extensive day-long tour.',
      why: 'a hero adjective without a device belongs to personal branding'
    },
    {text: 'The DC visited the flood-affected areas on foot as the roads were under water.', why: 'travel, not a round'},
    {text: 'Traffic wardens took a round of the city on a motorcycle.', why: 'no individual official'},
    {text: 'The DC directed the ACs to take a round of the bazaars on foot.', why: 'an instruction'},
    {text: 'The Commissioner will take a round of the city at midnight.', why: 'a plan'},
    {text: 'The DC visited the flood-affected areas by boat.', why: 'a boat in a flood is transport, not a prop'}
  ]
})
