import {ruleTable} from '../rule-table.js'

ruleTable('reported-praise', {
  flag: [
    {
      text: 'Citizens appreciated the efforts of Deputy Commissioner Sara Khan for the clean-up drive.',
      actual: 'appreciated the efforts of Deputy Commissioner Sara Khan',
      expected: [],
      reason: 'Relays praise of the official (`appreciated the efforts of Deputy Commissioner Sara Khan`); report the work, not the applause',
      severity: 'warning'
    },
    {
      text: 'He recalled that the media had appreciated his good deeds as Commissioner Karachi.',
      actual: 'appreciated his good deeds',
      expected: []
    },
    {
      text: 'Earlier, on reaching Tangdar, the DDC was given warm welcome by the people of the sub division.',
      actual: 'warm welcome',
      expected: []
    },
    {
      text: 'People there were shouting slogans... "ziladhikari Shravasti zindabad".',
      actual: 'ziladhikari Shravasti zindabad',
      expected: []
    },
    {
      text: 'The traders thanked the SSP for the security arrangements.',
      actual: 'thanked the SSP',
      expected: []
    },
    {
      text: 'Deputy Commissioner’s efforts were widely appreciated by the residents.',
      actual: 'Deputy Commissioner’s efforts were widely appreciated',
      expected: []
    },
    {
      text: 'She said Prime Minister Narendra Modi praised her and wished her more success.',
      actual: 'praised her',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'Villagers raised slogans in favour of the DC during the visit.',
      actual: 'slogans in favour of the DC',
      expected: []
    },
    {
      text: 'The DC was garlanded by the locals on his arrival at Paddar.',
      actual: 'The DC was garlanded',
      expected: []
    },
    {
      text: 'Residents were all praise for the Deputy Commissioner after the clean-up.',
      actual: 'praise for the Deputy Commissioner',
      expected: []
    },
    {
      text: 'The residents expressed gratitude to the Deputy Commissioner for the new road.',
      actual: 'gratitude to the Deputy Commissioner',
      expected: []
    }
  ],
  pass: [
    {text: 'CPO Khurram Shehzad Haider has lauded the performance of the force on successful operations.', why: 'the officer praises the force'},
    {text: 'Visiting officers were accorded grand reception by the people on day one of the programme.', why: 'a group of officers, no individual'},
    {text: 'The Deputy Commissioner extended a warm welcome to the visiting delegation.', why: 'the officer welcomes others'},
    {text: 'The DC appreciated the efforts of the sanitation staff.', why: 'praise of staff'},
    {text: 'Pakistan Zindabad! Happy Independence Day to all.', why: 'a national slogan'},
    {text: 'Protesters raised slogans against the price hike outside the DC office.', why: 'slogans against, not for, an official'},
    {text: 'My thanks to Assistant Commissioner Nick Perry and to district staff who undertook their roles splendidly.', why: 'the officer thanks colleagues'},
    {text: 'Residents thanked the police for the quick response.', why: 'thanks to the institution'},
    {text: 'I’d like to thank her for her courage and her commitment.', why: 'the writer thanks someone'},
    {text: 'The DC expressed gratitude to the donors for their support.', why: 'the officer thanks others'}
  ]
})
