/**
 * The words of a credit chain: the nouns that route an office's work through
 * one person ("on the directives of …", "under the able leadership of …")
 * and the adjectives that may stand before them.
 */

/** Orders and instructions: "on the directions of DC X". */
export const directionNouns: ReadonlySet<string> = new Set([
  'direction', 'directions', 'directive', 'directives', 'instruction', 'instructions',
  'order', 'orders', 'guidance', 'behest', 'instance'
])

/** Relief presented as an official's own gift: "as aid from the Police Chief". */
export const giftNouns: ReadonlySet<string> = new Set([
  'aid', 'gift', 'gifts', 'donation', 'donations', 'assistance', 'relief', 'grant', 'package', 'packages', 'eidi'
])

/** Effort and intervention: "thanks to the efforts of DC X". */
export const effortNouns: ReadonlySet<string> = new Set([
  'effort', 'efforts', 'intervention', 'initiative', 'initiatives', 'interest', 'brainchild'
])

/** Participles of ordering: "as directed by the DC". */
export const orderedVerbs: ReadonlySet<string> = new Set(['directed', 'instructed', 'ordered', 'desired', 'advised', 'tasked'])

/** Oversight: "under the overall supervision of DC X" (also a factual role, so weaker). */
export const supervisionNouns: ReadonlySet<string> = new Set(['supervision', 'monitoring'])

/** Leadership: "under the able leadership of DC X". */
export const leadershipNouns: ReadonlySet<string> = new Set([
  'leadership', 'stewardship', 'patronage', 'vision'
])

/** Neutral adjectives before a credit noun: "special directives", "overall supervision". */
export const neutralQualifiers: ReadonlySet<string> = new Set([
  'special', 'strict', 'clear', 'clearcut', 'direct', 'close', 'constant', 'specific', 'express',
  'explicit', 'overall', 'timely', 'prompt', 'instant', 'immediate', 'necessary', 'firm', 'stern',
  'strong', 'continuous', 'regular', 'written', 'verbal', 'standing', 'fresh', 'further', 'earlier',
  'latest', 'recent', 'kind', 'keen', 'own', 'personal'
])

/** Praise before a credit noun: "able leadership", "untiring efforts". */
export const praiseQualifiers: ReadonlySet<string> = new Set([
  'able', 'dynamic', 'visionary', 'inspiring', 'inspirational', 'sagacious', 'competent', 'capable',
  'efficient', 'energetic', 'wise', 'proactive', 'pro-active', 'astute', 'exemplary', 'farsighted',
  'far-sighted', 'outstanding', 'excellent', 'effective', 'enlightened', 'bold', 'charismatic',
  'committed', 'dedicated', 'untiring', 'tireless', 'relentless', 'selfless', 'prudent', 'great',
  'remarkable', 'exceptional', 'experienced', 'seasoned', 'esteemed', 'worthy', 'benevolent',
  'vibrant', 'sincere', 'tremendous', 'unwavering', 'strategic', 'result-oriented', 'people-friendly',
  'hard-working', 'hardworking', 'diligent', 'painstaking', 'vigorous', 'valuable', 'active'
])

/** Politicians and elected office: credit routed to them is patron-credit, not this. */
export const politicalWords: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'cm', 'pm', 'president', 'governor', 'mayor',
  'mla', 'mlas', 'mna', 'mnas', 'mpa', 'mpas', 'mp', 'mps', 'senator', 'premier', 'party',
  'legislator', 'councillor', 'councilor', 'government'
])

/** Statutory authority: an order under a law is a duty, not a credit claim. */
export const statutoryWords: ReadonlySet<string> = new Set([
  'section', 'sections', 'u/s', 'crpc', 'cr.p.c', 'ipc', 'ppc', 'ordinance', 'court', 'courts',
  'tribunal', 'judgment', 'judgement', 'statute', 'statutory'
])

/** Modals that make a sentence a directive, not a report ("officers should follow …"). */
export const modalWords: ReadonlySet<string> = new Set([
  'should', 'must', 'shall', 'will', 'would', 'may', 'might', 'can', 'could', 'ought'
])

/** Verbs that attribute the words that follow to someone ("a resident said …"). */
export const speechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'asked', 'claimed',
  'claims', 'alleged', 'alleges', 'wrote', 'writes', 'recalled', 'recalls', 'according', 'quoted',
  'remarked', 'noted', 'explained', 'tweeted', 'posted'
])
