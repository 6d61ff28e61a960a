import {ruleTable} from '../rule-table.js'

ruleTable('personal-virtue', {
  flag: [
    {
      text: 'The dynamic Deputy Commissioner inspected the new water filtration plant.',
      actual: 'dynamic Deputy Commissioner',
      expected: ['Deputy Commissioner'],
      reason: 'Praises the official as `dynamic`; name the office, not the officer’s qualities',
      severity: 'warning'
    },
    {
      text: 'Deputy Commissioner Om Prakash Bhagat toured the border areas. During the tour, he meticulously assessed the progress of the projects.',
      actual: 'meticulously assessed',
      expected: ['assessed']
    },
    {
      text: 'The DC worked tirelessly for three days to restore the water supply.',
      actual: 'worked tirelessly',
      expected: ['worked']
    },
    {
      text: 'Taking swift action after heavy rainfall, Deputy Commissioner Himanshu Aggarwal directed the SDMs to assess the damage.',
      actual: 'Taking swift action',
      expected: ['Taking action']
    },
    {
      text: 'In a proactive move, the SSP Lahore ordered a review of all pending cases.',
      actual: 'In a proactive move',
      expected: []
    },
    {
      text: 'At the camp, DC Rajouri listened to the problems of the people and took prompt action.',
      actual: 'took prompt action',
      expected: ['took action']
    },
    {
      text: 'The Deputy Commissioner gave a patient hearing to the complainants.',
      actual: 'patient hearing',
      expected: ['hearing']
    },
    {
      text: 'T Anbazhagan IAS, Collector Karur sets up an example we all are proud of.',
      actual: 'sets up an example',
      expected: []
    },
    {
      text: 'The DC, a role model for young officers, visited the school.',
      actual: 'a role model',
      expected: []
    },
    {
      text: 'The DPO thanked the volunteers. His tireless efforts made the event a success.',
      actual: 'tireless efforts',
      expected: ['efforts']
    },
    {
      text: 'Deputy Commissioner Rajesh Kumar, known for his people-friendly approach, held a public darbar.',
      actual: 'people-friendly approach',
      expected: ['approach']
    },
    {
      text: 'The District Magistrate worked 18 hours at a stretch during the rescue.',
      actual: 'worked 18 hours at a stretch',
      expected: ['worked']
    },
    {
      text: 'The DC worked round the clock during the floods.',
      actual: 'worked round the clock',
      expected: ['worked'],
      reason: 'Praises the official’s hours (`worked round the clock`); report what was done'
    },
    {
      text: 'The AC worked day and night to restore the supply.',
      actual: 'worked day and night',
      expected: ['worked']
    },
    {
      text: "The DC's dedication to the flood victims was visible to all.",
      actual: "DC's dedication",
      expected: [],
      reason: 'Praises the official’s dedication; report what was done'
    }
  ],
  pass: [
    {text: 'I am proud of our officers who worked tirelessly through the night.', why: 'praise of unnamed staff'},
    {text: 'Everyone in policing works tirelessly to earn the trust of the communities they protect.', why: 'praise of the service, not one official'},
    {text: 'We pay tribute to Constable Ahmed, a dedicated officer who gave his life in the line of duty.', why: 'a tribute'},
    {text: 'The Deputy Commissioner directed officers to take prompt action on complaints.', why: 'an instruction to others'},
    {text: 'Necessary directions were issued to the concerned officers to be more prompt and play a proactive role.', why: 'an instruction to officers'},
    {text: 'He emphasized the prompt completion of challan processes and the meticulous gathering of evidence.', why: 'the quality of work asked of others'},
    {text: 'She thanked everyone associated with the project for their relentless and active efforts.', why: 'praise of the team'},
    {text: 'On the complaint of a citizen to the DC, the police took prompt action.', why: 'the police act, not the official'},
    {text: 'Having a dynamic chief executive at the helm will help us deliver our ambitions.', why: 'a hypothetical post-holder, not a named official'},
    {text: 'Rescue teams worked round the clock to reach the stranded villagers.', why: 'praise of unnamed staff'}
  ]
})
