import {ruleTable} from '../rule-table.js'

ruleTable('surprise-visit', {
  flag: [
    {
      text: 'Deputy Commissioner Muhammad Ali paid a surprise visit to Tehsil Headquarters Hospital Pasrur.',
      actual: 'paid a surprise visit to',
      expected: ['visited', 'paid a visit to'],
      reason: 'Narrates the visit as a cameo (`paid a surprise visit to`); report what was inspected and found',
      severity: 'warning'
    },
    {
      text: 'Deputy Commissioner (DC) Srinagar conducted late night inspection of various city hospitals.',
      actual: 'conducted late night inspection of',
      expected: ['inspected', 'conducted an inspection of']
    },
    {
      text: 'Dr. Himanshu Aggarwal, Deputy Commissioner made a surprise visit to inspect government offices in Abohar today.',
      actual: 'made a surprise visit',
      expected: ['made a visit']
    },
    {
      text: 'The DM paid an unannounced visit to the district hospital.',
      actual: 'paid an unannounced visit to',
      expected: ['visited', 'paid a visit to']
    },
    {
      text: 'During his surprise visit to the hospital, the DC found the emergency ward dirty.',
      actual: 'surprise visit',
      expected: ['visit']
    },
    {
      text: 'The Commissioner visited the Mayo Hospital late at night and checked the emergency ward.',
      actual: 'late at night',
      expected: []
    },
    {
      text: 'I reached the hospital in civil clothes around 8 in the morning, got myself registered there.',
      actual: 'in civil clothes',
      expected: []
    },
    {
      text: 'The Deputy Commissioner visited the hospital. She also paid a surprise visit to the emergency ward.',
      actual: 'paid a surprise visit to',
      expected: ['visited', 'paid a visit to'],
      severity: 'warning'
    },
    {
      text: 'He, while paying surprise visit to several bazaars, directed the price magistrates to act.',
      actual: 'paying surprise visit to',
      expected: ['visiting', 'paying a visit to'],
      severity: 'suggestion'
    },
    {
      text: 'Tahir Farooq paid surprise visits to the Sasta Bazaars on Sunday.',
      actual: 'paid surprise visits to',
      expected: ['visited', 'paid visits to'],
      options: {officials: ['Tahir Farooq']}
    },
    {
      text: 'The DC visited the Civil Hospital without any prior intimation and checked the attendance.',
      actual: 'without any prior intimation',
      expected: []
    },
    {
      text: 'Late-night visit: DC Lahore inspects city hospitals.',
      actual: 'Late-night visit',
      expected: ['Visit'],
      severity: 'suggestion'
    },
    {
      text: 'DC Rawalpindi visited the Holy Family Hospital after midnight.',
      actual: 'after midnight',
      expected: []
    },
    {
      text: 'The DC visited the city at night to check the cleanliness arrangements.',
      actual: 'at night',
      expected: [],
      severity: 'suggestion'
    },
    {
      text: 'The DC reached the bus stand in disguise to check the fares.',
      actual: 'in disguise',
      expected: [],
      reason: 'Narrates the visit as a cameo (`in disguise`); report what was inspected and found'
    }
  ],
  pass: [
    {
      text: 'Addressing a meeting of Deputy Commissioners, he informed that he would pay surprise visits in day and night time to inspect the program.',
      why: 'an announced plan, not a report'
    },
    {text: 'The DC directed the Assistant Commissioners to pay surprise visits to the bazaars.', why: 'an instruction'},
    {text: 'Ofsted inspectors make unannounced visits to schools.', why: 'an inspection body whose job is unannounced checks'},
    {text: 'Food Authority teams conducted surprise checks of restaurants.', why: 'a team, not an individual official'},
    {text: 'The Chief Minister, accompanied by the DC, paid a surprise visit to the hospital.', why: 'a politician is the hero; the DC is company'},
    {text: 'Surprise visits will be paid to hospitals to check attendance.', why: 'a plan in the passive, no hero'},
    {text: 'Late night, a fire broke out in the market.', why: '"late night" without a visit'},
    {text: 'Avoid phrases like "paid a surprise visit" in press releases.', why: 'quoted phrase in guidance'},
    {text: 'The DC said the office will remain closed until further notice.', why: '"notice" without a visit'},
    {text: 'Critics called the DC’s surprise visits a publicity stunt.', why: 'critique of the device'}
  ]
})
