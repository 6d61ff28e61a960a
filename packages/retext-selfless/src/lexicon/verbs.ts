/**
 * Verb inflection for lexicons: rules list a verb once, by its base form, and
 * match every form a handout uses ("inaugurate", "inaugurates", "inaugurated",
 * "inaugurating").
 */
const irregular: Record<string, readonly string[]> = {
  begin: ['began', 'begun'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  hold: ['held'],
  lay: ['laid'],
  lead: ['led'],
  make: ['made'],
  pay: ['paid'],
  set: ['set'],
  take: ['took', 'taken'],
  cut: ['cut'],
  build: ['built'],
  bring: ['brought'],
  do: ['did', 'done'],
  go: ['went', 'gone'],
  see: ['saw', 'seen'],
  meet: ['met'],
  win: ['won'],
  spend: ['spent'],
  put: ['put'],
  send: ['sent'],
  undertake: ['undertook', 'undertaken'],
  oversee: ['oversaw', 'overseen'],
  feel: ['felt'],
  teach: ['taught']
}

const vowel = /[aeiou]/

// Rules ask for a verb's forms while checking; each base is worked out once.
// Bases come from the lexicons, but the cache is bounded all the same.
const formsCache = new Map<string, readonly string[]>()
const maxCached = 1024

/** Every form of a regular or listed irregular verb, lowercased (base, third person, -ing, past…). */
export function verbForms(base: string): readonly string[] {
  let forms = formsCache.get(base)
  if (!forms) {
    forms = formsOf(base)
    if (formsCache.size === maxCached) formsCache.clear()
    formsCache.set(base, forms)
  }
  return forms
}

function formsOf(base: string): string[] {
  const forms = new Set<string>([base])
  const third = /(?:s|x|z|ch|sh|o)$/.test(base)
    ? base + 'es'
    : /[^aeiou]y$/.test(base)
      ? base.slice(0, -1) + 'ies'
      : base + 's'
  forms.add(third)

  let stem = base
  if (base.endsWith('ie')) stem = base.slice(0, -2) + 'y'
  else if (base.endsWith('e') && !base.endsWith('ee')) stem = base.slice(0, -1)
  forms.add(stem + 'ing')

  if (irregular[base]) {
    for (const form of irregular[base]) forms.add(form)
  } else if (base.endsWith('e')) {
    forms.add(base + 'd')
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + 'ied')
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) && vowel.test(base)) {
    // One-syllable consonant-vowel-consonant verbs double: "stop" → "stopped".
    forms.add(base + base.at(-1) + 'ed')
    forms.add(base + base.at(-1) + 'ing')
  } else {
    forms.add(base + 'ed')
  }
  return [...forms]
}

/** Maps every form of each verb to its base form. */
export function verbTable(bases: readonly string[]): Map<string, string> {
  const table = new Map<string, string>()
  for (const base of bases) for (const form of verbForms(base)) table.set(form, base)
  return table
}
