import {ruleTable} from '../rule-table.js'

ruleTable('officer-directions', {
  flag: [
    {
      text: 'The bazaars were set up on the directives of the Deputy Commissioner (DC) Rawalpindi Tahir Farooq.',
      actual: 'on the directives of the Deputy Commissioner (DC) Rawalpindi Tahir Farooq',
      expected: ['on the directives of the District Administration'],
      reason:
        'Credits the office’s work to an official (`on the directives of the Deputy Commissioner (DC) Rawalpindi Tahir Farooq`); report what the office did',
      severity: 'warning'
    },
    {
      text: 'Following the directions of the DPO, 19 outlaws were arrested.',
      actual: 'Following the directions of the DPO',
      expected: ['Following the directions of the police']
    },
    {
      text: 'In line with special directives of City Police Officer (CPO) Munir Masood Marth, a team launched a crackdown.',
      actual: 'In line with special directives of City Police Officer (CPO) Munir Masood Marth',
      expected: ['In line with special directives of the Sialkot Police'],
      options: {institution: 'The Sialkot Police'}
    },
    {
      text: 'Prompt action was taken as the DC issued instant directives.',
      actual: 'the DC issued instant directives',
      expected: ['the District Administration issued instant directives']
    },
    {
      text: "On the DC's directions, the drains were cleaned.",
      actual: "On the DC's directions",
      expected: ["On the District Administration's directions"]
    },
    {
      text: 'DC Tahir Farooq visited the bazaar. On his special directions, the encroachments were removed.',
      actual: 'On his special directions',
      expected: ["On the District Administration's special directions"],
      severity: 'suggestion'
    },
    {
      text: 'All ACs inspected hospitals following orders from Chief Commissioner Muhammad Ali Randhawa.',
      actual: 'following orders from Chief Commissioner Muhammad Ali Randhawa',
      expected: ['following orders from the District Administration']
    },
    {
      text: 'Deputy Commissioner Tahir Farooq took prompt action on the complaint.',
      actual: 'Deputy Commissioner Tahir Farooq took prompt action',
      expected: ['The District Administration took prompt action']
    },
    {
      text: 'The camp ran under the overall supervision of District Development Commissioner, Vishesh Paul Mahajan.',
      actual: 'under the overall supervision of District Development Commissioner, Vishesh Paul Mahajan',
      expected: ['under the overall supervision of the District Administration'],
      severity: 'suggestion'
    },
    {
      text: 'Police distributed rice as aid from the National Police Chief (Kapolri) General Idham Azis.',
      actual: 'as aid from the National Police Chief (Kapolri) General Idham Azis',
      expected: ['as aid from the police'],
      severity: 'suggestion'
    },
    {
      text: 'On the directions of Tahir Farooq, the drains were cleaned.',
      actual: 'On the directions of Tahir Farooq',
      expected: ['On the directions of the Rawalpindi District Administration'],
      options: {officials: ['Tahir Farooq'], institution: 'The Rawalpindi District Administration'}
    },
    {
      text: 'As directed by the Deputy Commissioner, teams removed 40 encroachments.',
      actual: 'As directed by the Deputy Commissioner',
      expected: ['As directed by the District Administration']
    },
    {
      text: 'The helpline was the brainchild of SSP Ali Khan.',
      actual: 'the brainchild of SSP Ali Khan',
      expected: ['the brainchild of the police']
    },
    {
      text: 'Thanks to DC Tahir Farooq, the road was repaired.',
      actual: 'Thanks to DC Tahir Farooq',
      expected: ['Thanks to the District Administration']
    },
    {
      text: 'The anti-encroachment drive was launched on the special interest of DC Tahir Farooq.',
      actual: 'on the special interest of DC Tahir Farooq',
      expected: ['on the special interest of the District Administration']
    }
  ],
  pass: [
    {text: 'On the directions of Tahir Farooq, the drains were cleaned.', why: 'a name that is neither a title nor a configured official'},
    {text: 'Thanks to DC Tahir Farooq for his support.', why: 'a thank-you, not a credit chain'},
    {text: 'He was directed by the court to appear.', why: 'a court, and no "as directed by"'},
    {text: 'Our Public Relations Office issues press releases at the direction of the Police Chief.', why: '"at the direction of" describes a process'},
    {text: 'The work must be done under the supervision of a registered engineer.', why: 'legally required supervision, no official'},
    {text: 'On the orders of the High Court, the DC sealed the building.', why: 'court order'},
    {text: 'The District Magistrate imposed Section 144 on the directions of the Commissioner.', why: 'statutory authority'},
    {
      text: 'On the instructions of Chief Minister Maryam Nawaz, the district administration is visiting hospitals.',
      why: 'a politician (patron-credit, not this rule)'
    },
    {text: 'Officers should act in line with the directions of the DC.', why: 'a directive, not a report'},
    {text: 'The DC issued directions to all officers to remove encroachments.', why: 'a plain report that an official directed something'},
    {text: 'Necessary directions were issued to the concerned officers.', why: 'no official credited'},
    {text: 'The programme operates under the direction of the Secretary.', why: '"under the direction of" says who runs it'}
  ]
})
