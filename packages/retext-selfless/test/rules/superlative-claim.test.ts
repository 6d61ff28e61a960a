import {ruleTable} from '../rule-table.js'

ruleTable('superlative-claim', {
  flag: [
    {
      text: 'Tamil Nadu Forest Department is the first in India to have a modern DNA sequencing facility.',
      actual: 'first in India',
      expected: [],
      reason: 'Ranks the office’s own work (`first in India`); give the facts and figures instead',
      severity: 'warning'
    },
    {
      text: 'The new e-tendering portal is a game changer for the department.',
      actual: 'game changer',
      expected: []
    },
    {
      text: 'As the country’s foremost investigative agency, we thank you all.',
      actual: 'the country’s foremost',
      expected: []
    },
    {
      text: 'Srinagar has emerged as the top performing district across Jammu and Kashmir in key sectors.',
      actual: 'top performing district across Jammu and Kashmir',
      expected: []
    },
    {
      text: 'This was the biggest ever campaign to boost Pension Credit take-up.',
      actual: 'biggest ever',
      expected: []
    },
    {
      text: 'The new digital land registry is the first of its kind.',
      actual: 'first of its kind',
      expected: [],
      reason: 'Calls the office’s own work `first of its kind`; give the facts'
    },
    {
      text: 'The district launched its first-ever e-office this week.',
      actual: 'first-ever',
      expected: ['first']
    },
    {
      text: 'The reduction in homicides this year is unparalleled during the past five decades.',
      actual: 'unparalleled',
      expected: []
    },
    {
      text: 'The bridge was rebuilt in record time.',
      actual: 'in record time',
      expected: []
    },
    {
      text: 'Today marks a historic step for the people of Karur.',
      actual: 'historic',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'It was the largest vaccination drive in the province.',
      actual: 'largest vaccination drive in the province',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'This landmark achievement is a first in the state’s history.',
      actual: 'first in the state’s history',
      expected: []
    },
    {
      text: 'The drive recovered a record Rs 5 crore in dues.',
      actual: 'record',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'The district now has the most modern bus terminal in the province.',
      actual: 'most modern bus terminal in the province',
      expected: []
    },
    {
      text: 'Our vaccination drive is second to none.',
      actual: 'second to none',
      expected: [],
      reason: 'Ranks the office’s own work as `second to none`; give the figures'
    }
  ],
  pass: [
    {text: 'Karachi received record rainfall this week, the highest in the country since 1967.', why: 'record rainfall is weather'},
    {text: 'The historic building on Mall Road will reopen after restoration.', why: 'a historic building'},
    {text: 'Rawalpindi won the best district award in the province.', why: 'the name of an award is a fact'},
    {text: 'For the first time, residents can apply for domicile certificates online.', why: '"for the first time" states a fact'},
    {text: 'In February, for the first time, we had three named storms in a week, and rivers rose to record heights.', why: 'records of weather'},
    {text: 'The district reached a milestone of 10,000 vaccinations.', why: '"milestone" alone'},
    {text: 'Visited Al Huda school. One of the best schools in Islamabad.', why: 'a shared rank, about someone else'},
    {text: 'We work towards the Constabulary being recognised as amongst the best in the country.', why: 'an aim, a shared rank'},
    {text: 'We remain committed to providing the highest quality police service.', why: 'a superlative with no scope'},
    {text: 'The first phase of the campaign in the state began today.', why: 'an ordinal'},
    {text: 'First and foremost, stay indoors during the storm.', why: '"first and foremost"'},
    {text: 'The highest number of dengue cases in the province was reported from Rawalpindi.', why: 'a rank of harm'},
    {text: 'Being appointed to head the largest police force in Africa is a call to national duty.', why: 'the size of a body is a fact'},
    {text: 'First of all, residents should keep drains clear.', why: '"first of all"'},
    {text: 'These are unprecedented times for the health service.', why: '"unprecedented" about hardship'}
  ]
})
