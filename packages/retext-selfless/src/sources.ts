/**
 * The conduct guidance the rules rest on. Each rule names the sources behind
 * it by key; docs pages and SARIF help text link them.
 */
export interface Source {
  title: string
  url: string
}

export const sources = {
  'uk-civil-service-code': {
    title: 'UK Civil Service Code (integrity: obligations of public service above personal interests)',
    url: 'https://www.gov.uk/government/publications/civil-service-code'
  },
  'uk-gcs-propriety': {
    title: 'UK Government Communication Service: propriety in digital and social media',
    url: 'https://gcs.civilservice.gov.uk/guidance/professional-standards/propriety/propriety-in-digital-and-social-media/'
  },
  'uk-social-media-guidance': {
    title: 'UK social media guidance for civil servants (2014)',
    url: 'https://www.gov.uk/government/publications/social-media-guidance-for-civil-servants/social-media-guidance-for-civil-servants'
  },
  'us-5-cfr-2635-702': {
    title: 'US 5 CFR 2635.702: use of public office for private gain',
    url: 'https://www.law.cornell.edu/cfr/text/5/2635.702'
  },
  'us-gao-publicity-propaganda': {
    title: 'US GAO, publicity or propaganda: no "self-aggrandizing activities"',
    url: 'https://www.law.cornell.edu/wex/publicity_or_propaganda'
  },
  'au-apsc-social-media': {
    title: 'Australian Public Service Commission: personal behaviour on social media',
    url: 'https://legacy.apsc.gov.au/factsheet-personal-behaviour-social-media'
  },
  'nz-political-neutrality': {
    title: 'NZ Public Service Commission: political neutrality',
    url: 'https://www.publicservice.govt.nz/guidance/the-code-of-conduct-for-the-public-sector/our-principles/political-neutrality'
  },
  'pk-conduct-rules-1964': {
    title: 'Pakistan Government Servants (Conduct) Rules 1964 (rules 7, 18, 21–22, 27)',
    url: 'https://pakistanlawyer.com/2020/01/15/government-servants-conduct-rules-1964/'
  },
  'pk-supreme-court-2022': {
    title: 'Supreme Court of Pakistan (2022): projecting oneself on official documents',
    url: 'https://en.dailypakistan.com.pk/23-Nov-2022/supreme-court-bans-displaying-politicians-photos-on-public-offices-documents'
  },
  'pk-influencercrats': {
    title: 'The problem with influencercrats (The Nation, 2021)',
    url: 'https://www.nation.com.pk/22-May-2021/the-problem-with-influencercrats'
  },
  'in-ais-conduct-rule-12': {
    title: 'India, All India Services (Conduct) Rules 1968, rules 3(1A) and 12',
    url: 'https://www.referencer.in/CS_Regulations/AIS(Conduct)Rules1968/Rule_12.aspx'
  }
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources
