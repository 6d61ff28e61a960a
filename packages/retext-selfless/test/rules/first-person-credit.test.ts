import {ruleTable} from '../rule-table.js'

ruleTable('first-person-credit', {
  flag: [
    {
      text: 'Proud to open the new DNA lab at our institute, which I inaugurated today.',
      actual: 'I inaugurated',
      expected: ['the department inaugurated'],
      reason: 'Claims the office’s work for the writer (`I inaugurated`); make the institution the subject',
      severity: 'warning'
    },
    {
      text: 'I took immediate action against the absent teachers.',
      actual: 'I took immediate action',
      expected: ['The department took immediate action']
    },
    {
      text: 'Within a week I got the Mall Road drains desilted.',
      actual: 'I got the Mall Road drains desilted',
      expected: ['the Lahore District Administration got the Mall Road drains desilted'],
      options: {institution: 'The Lahore District Administration'}
    },
    {
      text: 'I have launched a helpline for flood-affected families.',
      actual: 'I have launched',
      expected: ['The department has launched']
    },
    {
      text: "I've set up a complaint cell at the district office.",
      actual: "I've set up",
      expected: ['The department has set up']
    },
    {
      text: 'The new ward was inaugurated by me on Monday.',
      actual: 'inaugurated by me',
      expected: ['inaugurated by the department']
    },
    {
      text: 'I managed to get the water supply restored in two days.',
      actual: 'I managed to get the water supply restored',
      expected: ['The department managed to get the water supply restored']
    },
    {
      text: 'After joining, I inspected the Block Resource Center.',
      actual: 'I inspected',
      expected: ['the department inspected'],
      severity: 'suggestion'
    },
    {
      text: 'Glad to inaugurate the new library at Government School today.',
      actual: 'Glad to inaugurate',
      expected: ['The department inaugurates']
    },
    {
      text: 'I had the honour to inaugurate the new block of DHQ hospital.',
      actual: 'I had the honour to inaugurate',
      expected: ['The department inaugurated']
    },
    {
      text: 'Inaugurated the plantation drive at Company Bagh today.',
      actual: 'Inaugurated',
      expected: ['The department inaugurated'],
      severity: 'suggestion'
    }
  ],
  pass: [
    {text: 'I have not yet approved the release of the funds.', why: 'negated perfect, not a causative "have"'},
    {text: 'I had the pleasure of being there to see the branch presented with the award.', why: 'attending someone else’s ceremony'},
    {text: 'Inaugurated in 1912, the building is a landmark.', why: 'a participle clause, not a caption'},
    {text: 'I introduced the new Chief Constable to the panel.', why: 'introducing a person'},
    {text: 'The book given by me was lost.', why: '"given by me" without a credit noun'},
    {text: 'I am writing in response to your request of 3 May.', why: 'an FOI reply claims nothing'},
    {text: 'I thank my team for ensuring that the camp ran smoothly.', why: 'thanks credit the team'},
    {text: 'A resident said I ensured nothing for her street.', why: 'words attributed to someone else'},
    {text: 'We inaugurated the new DNA lab today.', why: 'institutional "we"'},
    {text: 'I will ensure that every complaint is heard.', why: 'a promise, not a claim'},
    {text: 'I did not launch the scheme; the board did.', why: 'negation'},
    {text: 'Phase I launched in May with 40 schools.', why: 'Roman numeral, not the writer'},
    {text: 'I reached the hospital in civil clothes and got myself registered there.', why: 'reflexive "got myself registered" is not a causative claim'},
    {text: 'Avoid lines like "I inaugurated the new ward" in press releases.', why: 'quoted phrase in guidance'}
  ]
})
