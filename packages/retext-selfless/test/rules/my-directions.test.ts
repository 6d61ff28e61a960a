import {ruleTable} from '../rule-table.js'

ruleTable('my-directions', {
  flag: [
    {
      text: 'On my directions, the drains on Mall Road were cleaned overnight.',
      actual: 'On my directions',
      expected: ["On the department's directions"],
      reason: 'Credits the writer’s own directions (`On my directions`); credit the office instead',
      severity: 'warning'
    },
    {
      text: 'The encroachments were removed as per my instructions.',
      actual: 'as per my instructions',
      expected: ["as per the department's instructions"]
    },
    {
      text: 'The vaccination camp ran under my personal supervision for three days.',
      actual: 'under my personal supervision',
      expected: ["under the Lahore District Administration's supervision"],
      options: {institution: 'The Lahore District Administration'}
    },
    {
      text: 'Thanks to my efforts, 300 families now have clean water.',
      actual: 'Thanks to my efforts',
      expected: ["Thanks to the department's efforts"]
    },
    {
      text: 'In line with my directives, price control magistrates inspected 40 shops.',
      actual: 'In line with my directives',
      expected: ["In line with the department's directives"]
    },
    {
      text: 'Following my orders, the SHO registered a case.',
      actual: 'Following my orders',
      expected: ["Following the department's orders"]
    },
    {
      text: 'The shops were sealed in compliance with my orders.',
      actual: 'in compliance with my orders',
      expected: ["in compliance with the department's orders"]
    },
    {
      text: 'Pursuant to my directions, the team surveyed 12 villages.',
      actual: 'Pursuant to my directions',
      expected: ["Pursuant to the department's directions"]
    }
  ],
  pass: [
    {text: 'I take full responsibility for the delay in issuing the permits.', why: 'accepting responsibility'},
    {text: 'My team cleaned 40 km of drains this week.', why: 'no credit noun after "my"'},
    {text: 'On the directions of the court, the building was sealed.', why: 'no first person'},
    {text: 'Avoid phrases like "on my directions" in press releases.', why: 'quoted phrase in guidance'},
    {text: 'The resident said she followed my directions to the camp.', why: '"my directions" as a route, not a credit chain'},
    {text: 'We cleaned the drains on our own initiative.', why: 'institutional voice'},
    {text: 'I reported the fault to my supervisor.', why: '"to my" without "according", "pursuant", "thanks" or "due"'},
    {text: 'All lawful means at my command have been employed.', why: '"at my command" is the idiom "at my disposal"'}
  ]
})
