import {ruleTable} from '../rule-table.js'

ruleTable('personally', {
  flag: [
    {
      text: 'The DC personally monitored the anti-dengue drive in Satellite Town.',
      actual: 'personally monitored',
      expected: ['monitored'],
      reason: 'Stresses that the officer did the work “personally” (`personally monitored`); say what was done',
      severity: 'warning'
    },
    {
      text: 'Philippine National Police Chief PGen Oscar Albayalde personally conferred the PNP Heroism Medal on 18 officers.',
      actual: 'personally conferred',
      expected: ['conferred']
    },
    {text: 'The SSP himself led the raid on the gambling den.', actual: 'himself led', expected: ['led']},
    {text: 'The Deputy Commissioner took it upon himself to clear the drain.', actual: 'took it upon himself', expected: []},
    {
      text: 'DC Sialkot checked the cleanliness himself and directed the staff to improve it.',
      actual: 'himself',
      expected: []
    },
    {
      text: 'When seeing off the aid, Police Chief Brig.Gen. Aneka Pristafuddin directly checked the rice wrapped in 1,000 sacks.',
      actual: 'directly checked',
      expected: ['checked'],
      severity: 'suggestion'
    },
    {
      text: 'The Deputy Commissioner visited the camp. She personally handed the tents to the families.',
      actual: 'personally handed',
      expected: ['handed'],
      severity: 'warning'
    },
    {
      text: 'Deputy Commissioner Apoorv Devgan visited the office. Devgan personally led the cleanliness drive.',
      actual: 'personally led',
      expected: ['led'],
      severity: 'warning'
    },
    {
      text: 'I personally visited the flood-affected villages.',
      actual: 'personally visited',
      expected: ['visited'],
      severity: 'suggestion'
    },
    {
      text: 'The Superintendent of Police personally led the search operation.',
      actual: 'personally led',
      expected: ['led']
    }
  ],
  pass: [
    {text: 'He directed that every AC would supervise all activities personally and regularly.', why: 'a directive'},
    {text: 'The DC asked officers to personally visit schools.', why: 'an instruction'},
    {text: 'Officers are personally liable for any loss of public money.', why: '"personally liable"'},
    {text: 'I personally believe that the scheme will succeed.', why: 'opinion'},
    {text: 'He introduced himself to the staff.', why: 'an ordinary reflexive'},
    {text: 'The Deputy Commissioner declared himself satisfied with the arrangements.', why: 'an ordinary reflexive'},
    {text: 'Community Police Officers directly went down to see the condition of residents.', why: 'a team, and "directly" with a travel verb'},
    {text: 'A resident, Mr. Aslam, said he personally saw the encroachments.', why: 'reported speech of a resident'},
    {text: 'The neighbouring state has proved unable to extricate herself.', why: 'a reflexive after a bare verb'},
    {text: 'Chief Minister Maryam Nawaz visited the hospital. She personally checked the wards.', why: 'a politician, out of scope'}
  ]
})
