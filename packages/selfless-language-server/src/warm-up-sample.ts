/**
 * The document the server lints while it starts (see warm-up.ts): a district
 * office's Markdown news page, about 850 words, shaped like what editors
 * open. Mostly plain prose that cannot be flagged (what most of a real
 * document is, and what the raw-text prefilter skips; more of it warmed the
 * prefilter and the English parser better per millisecond), with headings, a
 * list, a quote, a link, emphasis, code, a table, a control comment, a
 * hashtag, a URL and an emoji, and a few sentences that trigger rules of all
 * three categories (self-credit, cameo, personal branding), so every stage
 * of `lint` runs: block splitting, the prefilter, the plain-paragraph fast
 * path, the Markdown parse, the English parse, the rules and the messages.
 */
export const warmUpSample = `# District news: week 14

The district office published its weekly report on Monday. Collections moved one day later in the week after the public holiday, and garden waste collections resume on 8 January. Residents can check the new timetable at the civic centre or on the council website.

The water board finished repairs to the main pipeline on Tuesday evening. Supply to the eastern wards returned to normal within six hours, and tankers served the two schools that were affected. Engineers will inspect the joints again next month, and the board has asked households to report any leaks they notice.

## Public works

- The drains on Mall Road were cleaned overnight on my directions.
- The bazaars were set up on the directives of the Deputy Commissioner (DC) Rawalpindi Tahir Farooq.
- Resurfacing of the ring road continues between the bus terminal and the railway crossing.

Work on the new *flyover* is 60 per cent complete, according to the [project page](https://example.gov/flyover). Traffic will be diverted through Canal Road until the end of May, and the police have posted wardens at the three busiest junctions.

## Visits and inspections

The Deputy Commissioner paid a surprise visit to the civil hospital and personally checked the emergency ward. Under the dynamic leadership of the DC, the hospital has achieved a historic milestone. 📸 #TeamDC

> Please like, share and subscribe to our YouTube channel.

<!-- selfless ignore -- a quoted appeal -->
The health department will hire twelve nurses for the emergency ward this year. Interviews are held at the district headquarters hospital every Thursday, and candidates should bring their certificates and two photographs.

| Service | Hours |
| --- | --- |
| Library | 9 am to 5 pm |
| Clinic | Open around the clock |

## Notices

From 1 March, the central library opens at 9 am on weekdays and at 10 am on Saturdays. Returns can be left in the drop box by the front door at any time, and overdue fines are waived for the first week of the new hours.

The vaccination campaign continues in the northern union councils until the end of the month. Teams will visit every school, and parents who missed the first round can bring their children to the basic health unit on any weekday between 8 am and 2 pm.

Applications for the small business grant close on 30 April. The committee will publish the list of successful applicants, with the reasons for each decision, within two weeks of the closing date. Questions about eligibility can be sent to \`grants@example.gov\`.

The annual budget meeting of the district council is open to the public. Copies of the draft budget are available at the council library and at every tehsil office, and written comments will be accepted until the day before the meeting.

Farmers in the southern tehsils can collect subsidised seed from the agriculture office from next week. Each family may collect up to two bags on showing its identity card, and the office will stay open until 6 pm during the distribution.

## From the council minutes

The council met on Wednesday to review progress on the annual development plan. Members heard that fourteen of the twenty road schemes are complete, that three are delayed by the monsoon, and that the remaining three will be tendered again because no contractor met the specification. The finance committee reported that spending is within the approved budget, although the cost of bitumen has risen sharply since the plan was adopted.

Members also discussed the state of the district's primary schools. An inspection in January found that a third of the buildings need new roofs before the rains, and that many lack clean drinking water and separate toilets for girls. The education department has asked for an additional allocation, and the council agreed to consider it at the next meeting, after the engineers have costed the work school by school.

The health officer presented figures for the first quarter. Cases of dengue fell by half compared with the same period last year, which the officer attributed to the fumigation schedule and to residents clearing standing water. Admissions for diarrhoea rose in the low-lying wards after the floods, and mobile teams have been sent to those areas with oral rehydration salts and water purification tablets.

Residents raised questions about the new parking rules in the old city. Traders said that the loading hours are too short for deliveries, and several asked whether the rules would be relaxed during the wedding season. The traffic police replied that the hours will be reviewed after three months, once the effect on congestion can be measured, and invited written suggestions in the meantime.

The meeting closed with a report from the disaster management cell. Stocks of tents, blankets and food rations have been checked and replenished, boats are ready at the three river posts, and volunteers from every union council have been trained in first aid and evacuation. The cell will run a full exercise with the rescue service in the first week of June.
`
