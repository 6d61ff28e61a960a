import {ruleTable} from '../rule-table.js'

ruleTable('engagement-appeal', {
  flag: [
    {
      text: 'Please like, share and subscribe to our YouTube channel.',
      actual: 'Please like, share and subscribe',
      expected: [],
      reason: 'Asks for reach (`Please like, share and subscribe`); let the information stand on its own',
      severity: 'warning'
    },
    {
      text: 'Do you have a photo w/ a member of the NYPD? Tweet us & tag it #myNYPD',
      actual: 'Tweet us & tag it #myNYPD',
      expected: []
    },
    {
      text: 'Our new film on the district’s parks is out. Like this video!',
      actual: 'Like this video',
      expected: []
    },
    {
      text: 'Follow me on Twitter for daily updates from the district.',
      actual: 'Follow me on Twitter',
      expected: []
    },
    {
      text: 'Please RT and help us reach more people!',
      actual: 'Please RT',
      expected: []
    },
    {
      text: 'New video from the plantation drive. Subscribe to our YouTube channel.',
      actual: 'Subscribe to our YouTube channel',
      expected: []
    },
    {
      text: 'Follow @DCRawalpindi for news of the district.',
      actual: 'Follow @DCRawalpindi',
      expected: []
    },
    {
      text: 'The district’s new parks are open. Please share this post.',
      actual: 'Please share this post',
      expected: []
    },
    {
      text: 'Don’t forget to follow us on Twitter!',
      actual: 'follow us on Twitter',
      expected: []
    },
    {
      text: 'Give us a follow for news from the force.',
      actual: 'Give us a follow',
      expected: []
    }
  ],
  pass: [
    {text: 'MISSING: Ayesha, 14, last seen near Saddar on Tuesday. Please share.', why: 'a missing-person share request'},
    {text: 'Follow @EA_Alerts for flood warnings in your area.', why: 'follow for safety warnings'},
    {text: 'Please share this post widely to help us trace the missing child.', why: 'a missing-person share request'},
    {text: 'Please share your feedback on the new parking scheme.', why: 'asks for the public’s views'},
    {text: 'Citizens are requested to follow traffic rules.', why: '"follow" rules'},
    {text: 'RT @PunjabPolice: Traffic diversions on Murree Road today.', why: 'a retweet marker'},
    {text: 'It is probably the best managed handle in the country. Please don’t tag this handle.', why: 'negated'},
    {text: 'Like you, we police personnel also have families.', why: '"like" as a preposition'},
    {text: 'Sign up to the Environment Agency’s free flood warnings service.', why: 'a public safety service'},
    {text: 'Follow me on Twitter for my travel photos.', why: 'the rule is off on a personal account', options: {speaker: 'personal'}},
    {text: 'We may not share a common past, but we surely do share a common future.', why: '"share" as a plain verb'}
  ]
})
