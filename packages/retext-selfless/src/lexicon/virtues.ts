/**
 * Words of personal praise: the adjectives, adverbs and nouns a handout uses
 * to make an officer the hero of routine work ("the dynamic DC", "he
 * meticulously assessed", "took prompt action", "his dedication").
 *
 * "Immediate" is left out on purpose: "I took immediate action" is a
 * self-credit claim, not praise of a quality.
 */

/** Adjectives that praise a person: "the proactive Deputy Commissioner". */
export const virtueAdjectives: ReadonlySet<string> = new Set([
  'proactive', 'pro-active', 'tireless', 'untiring', 'indefatigable', 'dynamic', 'meticulous',
  'visionary', 'energetic', 'hardworking', 'hard-working', 'diligent', 'dedicated', 'upright',
  'honest', 'humble', 'compassionate', 'kind-hearted', 'soft-spoken', 'people-friendly', 'pro-people',
  'result-oriented', 'no-nonsense', 'down-to-earth', 'dashing', 'daring', 'fearless', 'zealous',
  'relentless', 'selfless', 'workaholic', 'charismatic', 'illustrious',
  'sagacious', 'astute', 'inspiring', 'inspirational', 'vigilant', 'conscientious', 'painstaking',
  'beloved'
])

/** Adverbs that praise the manner of the officer's own act: "he meticulously assessed". */
export const virtueAdverbs: ReadonlySet<string> = new Set([
  'meticulously', 'tirelessly', 'untiringly', 'proactively', 'diligently', 'painstakingly',
  'relentlessly', 'patiently', 'passionately', 'zealously', 'selflessly', 'single-handedly',
  'swiftly', 'promptly', 'decisively', 'courageously', 'fearlessly', 'efficiently', 'dynamically',
  'indefatigably', 'assiduously', 'wholeheartedly', 'energetically'
])

/** Adjectives that praise an act: "took prompt action", "in a proactive move". */
export const actionVirtues: ReadonlySet<string> = new Set([
  'prompt', 'swift', 'quick', 'decisive', 'bold', 'proactive', 'pro-active', 'exemplary',
  'commendable', 'laudable', 'praiseworthy', 'tireless', 'untiring', 'relentless', 'timely',
  'courageous', 'path-breaking', 'pathbreaking', 'visionary'
])

/** Nouns such an adjective praises: "action", "step", "move". */
export const actionNouns: ReadonlySet<string> = new Set([
  'action', 'actions', 'step', 'steps', 'move', 'measure', 'measures', 'decision', 'decisions',
  'initiative', 'initiatives', 'notice', 'response', 'gesture', 'intervention', 'approach'
])

/** Nouns of a quality: "his dedication", "her tireless efforts". */
export const virtueNouns: ReadonlySet<string> = new Set([
  'dedication', 'commitment', 'zeal', 'devotion', 'integrity', 'honesty', 'sincerity', 'diligence',
  'determination', 'passion', 'hard-work', 'humility', 'compassion', 'dynamism', 'foresight', 'acumen'
])

/** Credit nouns the leadership-credit rule reads ("his dynamic leadership"): not this rule's. */
export const creditNouns: ReadonlySet<string> = new Set([
  'leadership', 'direction', 'directions', 'directives', 'supervision', 'guidance', 'vision',
  'stewardship', 'command', 'instructions', 'orders'
])

/**
 * Words that make what follows an instruction to others, not praise of the
 * speaker: "directed officers to take prompt action", "should be proactive".
 */
export const directiveWords: ReadonlySet<string> = new Set([
  'directed', 'directs', 'direct', 'asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'instructed',
  'instructs', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'stressed', 'stresses',
  'advised', 'advises', 'told', 'tells', 'exhorted', 'called', 'calls', 'ordered', 'orders',
  'should', 'must', 'shall', 'ensure', 'ensuring', 'need', 'needs', 'directions', 'instructions',
  'directives', 'expects', 'expected', 'requested', 'requests', 'will', 'would'
])
