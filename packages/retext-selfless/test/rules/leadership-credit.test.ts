import {ruleTable} from '../rule-table.js'

ruleTable('leadership-credit', {
  flag: [
    {
      text: 'The drive was completed under the able leadership of Deputy Commissioner Tahir Farooq.',
      actual: 'under the able leadership of Deputy Commissioner Tahir Farooq',
      expected: ['under the District Administration'],
      reason:
        'Credits the office’s work to an official’s leadership (`under the able leadership of Deputy Commissioner Tahir Farooq`); name the institution',
      severity: 'warning'
    },
    {
      text: "Under DC Tahir Farooq's dynamic leadership, 40 km of drains were cleaned.",
      actual: "Under DC Tahir Farooq's dynamic leadership",
      expected: ['Under the Rawalpindi District Administration'],
      options: {institution: 'The Rawalpindi District Administration'}
    },
    {
      text: 'Thanks to the visionary leadership of the Commissioner, the scheme reached every village.',
      actual: 'Thanks to the visionary leadership of the Commissioner',
      expected: ['Thanks to the District Administration']
    },
    {
      text: 'The rise in collections is the result of the able leadership of SSP Ali Khan.',
      actual: 'of the able leadership of SSP Ali Khan',
      expected: ['of the police']
    },
    {
      text: 'Under the leadership of the Deputy Commissioner, the team removed 300 encroachments.',
      actual: 'Under the leadership of the Deputy Commissioner',
      expected: ['Under the District Administration']
    },
    {
      text: 'The Corps achieved remarkable success under his leadership.',
      actual: 'under his leadership',
      expected: ['under the department'],
      severity: 'suggestion'
    }
  ],
  pass: [
    {text: 'The Islamabad administration under the leadership of Hamza Shafqaat has excelled.', why: 'third-party praise of a name without a title'},
    {text: 'The monitoring team was jointly led by Assistant Chief District Officer Khadga Bahadur Rokaya.', why: '"led by" is a neutral attribution'},
    {
      text: 'The government led by Prime Minister Sheikh Hasina built houses. Under his leadership, 9,000 families got homes.',
      why: 'a politician (patron-credit, not this rule)'
    },
    {text: 'Under our leadership, the district cleared its backlog.', why: 'institutional "our"'},
    {text: 'Leadership training for officers began on Monday.', why: 'no credit chain'},
    {text: 'I thank the Deputy Commissioner for his leadership during the floods.', why: 'thanks, not a credit chain'}
  ]
})
