import {ruleTable} from '../rule-table.js'

ruleTable('entourage', {
  flag: [
    {
      text: 'Among those who accompanied the DC during his visit were Chief Planning Officer Mohammad Khurshid and SE PWD Kamal Kishore.',
      actual: 'accompanied the DC',
      expected: [],
      reason: 'Lists the officer’s entourage (`accompanied the DC`); name the services that took part instead',
      severity: 'warning'
    },
    {
      text: 'The Deputy Commissioner Poonch Inder Jeet accompanied by Addi. Deputy Commissioner paid surprise visit to District Hospital.',
      actual: 'accompanied by',
      expected: []
    },
    {text: 'The DC was accompanied by ADC General and AC City.', actual: 'accompanied by ADC General', expected: []},
    {
      text: 'The Deputy Commissioner was accompanied by senior officers of the district administration.',
      actual: 'accompanied by',
      expected: []
    },
    {
      text: 'Among those accompanying the Commissioner were the DC and the SSP.',
      actual: 'accompanying the Commissioner',
      expected: []
    },
    {
      text: 'Police Grand Commissioner Mulyaningsih, along with his staff, accompanied by the Head of the Sectoral Police, distributed food.',
      actual: 'accompanied by',
      expected: []
    },
    {
      text: 'Accompanied by the ADC and the AC, the Deputy Commissioner visited the Civil Hospital.',
      actual: 'Accompanied by the ADC',
      expected: []
    }
  ],
  pass: [
    {text: 'The DC along with the SP visited the flood-hit areas.', why: '"along with" is not an entourage line'},
    {text: 'Present were the ADC, the AC and the DHO.', why: 'meeting minutes'},
    {text: 'Children must be accompanied by an adult.', why: 'no official, an instruction'},
    {text: 'The Chief Minister, accompanied by the DC, visited the hospital.', why: 'the official accompanies a politician'},
    {
      text: 'On Every Friday, District Magistrate and Collectors accompanied by the District heads of relevant line departments shall inspect all major Government schemes.',
      why: 'a standing instruction'
    },
    {text: 'He was accompanied by his wife.', why: 'family'},
    {text: 'The DC’s visit was accompanied by heavy rain.', why: 'not people'}
  ]
})
