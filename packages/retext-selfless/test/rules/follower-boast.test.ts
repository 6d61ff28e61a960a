import {ruleTable} from '../rule-table.js'

ruleTable('follower-boast', {
  flag: [
    {
      text: 'Today we are celebrating 1Million followers on Twitter!',
      actual: 'celebrating 1Million followers on Twitter',
      expected: [],
      reason: 'Boasts of the account’s audience (`celebrating 1Million followers on Twitter`); report the service, not the reach',
      severity: 'warning'
    },
    {
      text: 'Cheshire Police are celebrating a social media milestone after gathering 100,000 followers on Twitter.',
      actual: 'gathering 100,000 followers on Twitter',
      expected: []
    },
    {
      text: 'Since last February, when we had just 140 followers, it has soared to 4,400.',
      actual: '140 followers',
      expected: []
    },
    {
      text: 'Through the floods we gained many new followers.',
      actual: 'gained many new followers',
      expected: []
    },
    {
      text: 'Our page crossed 1 lakh followers today.',
      actual: 'crossed 1 lakh followers',
      expected: []
    },
    {
      text: 'Our page crossed 1 lakh followers today.',
      actual: 'crossed 1 lakh followers',
      expected: [],
      severity: 'suggestion',
      options: {speaker: 'personal'}
    },
    {
      text: 'Our awareness video went viral on WhatsApp.',
      actual: 'went viral',
      expected: []
    },
    {
      text: 'Our reel on road safety got 2 million views.',
      actual: 'got 2 million views',
      expected: []
    },
    {
      text: 'Thank you all for 10K followers!',
      actual: '10K followers',
      expected: []
    },
    {
      text: 'We are now the UK’s most followed police force.',
      actual: 'most followed',
      expected: []
    }
  ],
  pass: [
    {text: 'What I’ve learned is that people want thrills. You must feed your followers.', why: 'advice about an audience'},
    {text: 'The department has worked to increase the followership and engagement of our community.', why: 'a goal, not a count'},
    {text: 'A video of the incident went viral, after which police registered a case.', why: 'someone else’s video'},
    {text: 'The accused had 5,000 followers on his TikTok account.', why: 'someone else’s audience'},
    {text: 'The sect has about 500 followers of its own in the district.', why: 'followers of a faith'},
    {text: 'We want more followers to see our flood warnings.', why: 'a wish, not a count'}
  ]
})
