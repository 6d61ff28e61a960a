import {ruleTable} from '../rule-table.js'

ruleTable('performed-reaction', {
  flag: [
    {
      text: 'The DC expressed displeasure over the absence of doctors.',
      actual: 'expressed displeasure',
      expected: [],
      reason: 'Stages the officer’s reaction (`expressed displeasure`); report the finding and the action taken',
      severity: 'warning'
    },
    {text: 'The Commissioner became surprised to see the poor cleanliness.', actual: 'became surprised', expected: []},
    {text: 'The DC reprimanded the hospital staff over poor cleanliness.', actual: 'reprimanded', expected: []},
    {text: 'SP Saddar took the absent officials to task.', actual: 'took the absent officials to task', expected: []},
    {
      text: 'Chief Secretary Punjab expressed serious displeasure over the poor arrangements.',
      actual: 'expressed serious displeasure',
      expected: []
    },
    {text: 'The DC got angry on finding the staff absent and suspended two doctors.', actual: 'got angry', expected: []},
    {
      text: 'The Collector inspected the hostel. He expressed his annoyance at the dirty kitchen.',
      actual: 'expressed his annoyance',
      expected: [],
      severity: 'warning'
    }
  ],
  pass: [
    {text: 'The DC expressed satisfaction over the arrangements.', why: '"expressed satisfaction" is routine'},
    {text: 'Residents expressed anger over the price hike.', why: 'the public, not an official'},
    {text: 'The court expressed displeasure over the delay.', why: 'a court, not an official'},
    {text: 'The police chief was reprimanded by the court.', why: 'the official is reprimanded, not reprimanding'},
    {text: 'I was surprised by how many people turned up.', why: 'first-person musing in a blog'},
    {text: 'The DC expressed concern over the slow pace of work.', why: 'concern is not a performed reaction'}
  ]
})
