import {ruleTable} from '../rule-table.js'

ruleTable('camera-framing', {
  flag: [
    {
      text: 'Glimpses of the Deputy Commissioner’s visit to Government Girls High School.',
      actual: 'Glimpses',
      expected: [],
      reason: 'Frames the officer for the camera (Glimpses: `Glimpses`); show and report the service instead',
      severity: 'warning'
    },
    {
      text: 'Pictured: Deputy Commissioner Tahir Farooq inspecting the vaccination centre.',
      actual: 'Pictured',
      expected: []
    },
    {text: 'DC Bahawalpur took a selfie with the students.', actual: 'took a selfie', expected: []},
    {text: 'The DC posed for a group photo with the participants.', actual: 'posed for a group photo', expected: []},
    {
      text: '📸 Deputy Commissioner inspecting the vaccination centre at DHQ Hospital.',
      actual: '📸',
      expected: [],
      severity: 'suggestion'
    },
    {text: 'Students took a group photo with the Deputy Commissioner.', actual: 'group photo', expected: []},
    {text: 'The DC’s selfie with the students went viral.', actual: 'selfie', expected: []}
  ],
  pass: [
    {text: 'Pictured: the new water filtration plant.', why: 'no official in frame'},
    {text: 'Do not take selfies near the river banks.', why: 'a selfie-safety warning'},
    {text: 'Selfies while driving are dangerous, the traffic police warned.', why: 'a selfie-safety warning'},
    {text: 'The selfie point at the lake has been closed for safety.', why: 'a place, not a photo of the officer'},
    {text: 'A photo of the suspect has been released by the police.', why: 'a photo as evidence'},
    {text: 'Glimpses from the cleanliness drive in Ward 12.', why: 'no official in frame'},
    {text: 'Photos of the missing child have been shared with all police stations.', why: 'an appeal, not the officer'},
    {text: 'The DC was criticised for taking a selfie with flood victims.', why: 'critique of the device'}
  ]
})
