import {ruleTable} from '../rule-table.js'

ruleTable('hands-on-prop', {
  flag: [
    {
      text: 'Broom in hand, the DC joined the cleanliness drive.',
      actual: 'Broom in hand',
      expected: [],
      severity: 'warning'
    },
    {
      text: 'DC Multan, broom in hand, led the cleanliness drive in Hussain Agahi Bazaar.',
      actual: 'broom in hand',
      expected: [],
      reason: 'Stages the officer with a prop (`broom in hand`); report the work and who did it',
      severity: 'warning'
    },
    {text: 'The Collector picked up a broom and cleaned the premises.', actual: 'picked up a broom', expected: []},
    {
      text: 'On the occasion, CMO distributed school bags among students of Govt Boys Primary School.',
      actual: 'distributed school bags',
      expected: [],
      reason: 'Stages the officer handing out (`distributed school bags`); say what was distributed, to whom, by which service'
    },
    {text: 'CPO handed over cheques to the families of martyrs.', actual: 'handed over cheques', expected: []},
    {
      text: 'Bandung Police Chief distributed 1,000 food packages to residents.',
      actual: 'distributed 1,000 food packages',
      expected: []
    },
    {
      text: 'Deputy Commissioner Abdullah Nayyer Sheikh inaugurated the drive. He, along with other officers, also distributed pamphlets among people.',
      actual: 'distributed pamphlets',
      expected: [],
      severity: 'warning'
    },
    {text: 'The SSP gave away prizes to the winners.', actual: 'gave away prizes', expected: []},
    {text: 'The DC presented shields to the position holders.', actual: 'presented shields', expected: []}
  ],
  pass: [
    {text: 'Broom in hand, volunteers cleaned the park.', why: 'an opening prop phrase whose hero is not an official'},
    {text: 'The department distributed 5,000 ration bags among flood victims.', why: 'the institution distributes'},
    {text: 'The DC distributed the duties among the officers.', why: 'sharing out work, not a hand-out'},
    {text: 'The SHO handed over the accused to the investigation team.', why: 'custody, not a gift'},
    {text: 'The DC handed over the charge to his successor.', why: 'handing over charge'},
    {text: 'The DC directed the staff to distribute relief goods among the affected families.', why: 'an instruction'},
    {text: 'The DC said that the district administration would distribute 10,000 ration bags.', why: 'a plan by the institution'},
    {text: 'Sanitary workers with brooms cleaned the streets.', why: 'workers, not an official, hold the brooms'},
    {text: 'The branch was presented with the Queen’s Award by the Lord Lieutenant.', why: 'passive, and the official attends someone else’s award'},
    {text: 'The DC gave relief to the citizens by reducing prices.', why: 'relief as an abstract noun, not a gift'},
    {text: 'DC Rawalpindi chaired a meeting. Rawalpindi Police distributed ration among the needy.', why: 'a place named in a title is not a surname'},
    {text: 'The DC said shopkeepers distributed sweets among the children.', why: 'the act belongs to the shopkeepers'},
    {text: 'The police distributed ration among the needy, the DC said.', why: 'the force, not an official'}
  ]
})
