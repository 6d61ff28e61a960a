import {ruleTable} from '../rule-table.js'

ruleTable('vanity-hashtag', {
  flag: [
    {
      text: 'The new e-office went live today. #TeamDC',
      actual: '#TeamDC',
      expected: [],
      reason: 'The hashtag `#TeamDC` names a team after the post; use the campaign’s or the place’s hashtag, or none',
      severity: 'warning'
    },
    {
      text: 'Collector Karur sets an example we all are proud of. #RoleModel #IASatWork',
      actual: '#IASatWork',
      expected: []
    },
    {
      text: 'Collector Karur sets an example we all are proud of. #RoleModel #IASatWork',
      actual: '#RoleModel',
      expected: []
    },
    {
      text: 'Inspected the Holy Family Hospital emergency ward. #DCRawalpindi',
      actual: '#DCRawalpindi',
      expected: []
    },
    {
      text: 'Deputy Commissioner Tahir Farooq reviewed the Ramazan bazaars. #TahirFarooq',
      actual: '#TahirFarooq',
      expected: []
    },
    {
      text: 'Reviewed the bazaars. #AhmedRaza',
      actual: '#AhmedRaza',
      expected: [],
      options: {officials: ['Ahmed Raza']}
    }
  ],
  pass: [
    {text: 'Join us for the clean-up drive this Sunday. #CleanGreenPakistan #StaySafe', why: 'campaign and safety hashtags'},
    {text: 'Agencies will tweet using the same hashtag, #poltwt, to create awareness about police work.', why: 'a shared event hashtag'},
    {text: 'A game changer in equipping the Dept with technology #TNForest', why: 'the institution’s own tag'},
    {text: 'Traffic is diverted at Saddar today. #Rawalpindi #DGKhan', why: 'place hashtags'},
    {text: 'Do you have a photo with an officer? #myNYPD', why: 'the institution’s own campaign tag'},
    {text: 'Roads closed near the Mall. #DCPolice', why: 'a city’s police, not a post'}
  ]
})
