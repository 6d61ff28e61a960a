/**
 * Superlatives and the words that make them a claim about standing ("first
 * in India", "the country's foremost", "biggest ever"), and the nouns that
 * make the same words a plain report of weather or harm ("record rainfall",
 * "highest number of cases in the country").
 */

/** Superlative adjectives that rank the office's own work. */
export const rankWords: ReadonlySet<string> = new Set([
  'first', 'best', 'largest', 'biggest', 'highest', 'foremost', 'fastest', 'greatest', 'finest',
  'cleanest', 'safest', 'top-performing', 'best-performing', 'top-ranked', 'topmost', 'pioneering'
])

/** "top …" ranks only with these: "top performing district", not "top officials". */
export const topWords: ReadonlySet<string> = new Set(['performing', 'ranked', 'ranking', 'position', 'spot', 'rank', 'performer'])

/** Adjectives after "most" that praise: "the most modern facility in India". */
export const mostPraise: ReadonlySet<string> = new Set(['modern', 'advanced', 'successful', 'transparent', 'innovative'])

/** Places and spans wide enough to make a rank a boast: "in India", "in the country", "in history". */
export const scopeWords: ReadonlySet<string> = new Set([
  'india', 'pakistan', 'bangladesh', 'nepal', 'asia', 'africa', 'europe', 'world', 'country',
  'nation', 'state', 'province', 'uk', 'britain', 'england', 'wales', 'scotland', 'kenya', 'nigeria',
  'history', 'punjab', 'sindh', 'kerala', 'haryana', 'rajasthan', 'maharashtra', 'karnataka',
  'gujarat', 'bihar', 'odisha', 'assam', 'j&k', 'jammu', 'kashmir', 'ut', 'region', 'subcontinent',
  'khyber', 'balochistan', 'globe', 'continent', 'australia', 'canada', 'usa', 'america'
])

/** Possessives that scope a rank: "India's first", "the country's foremost". */
export const scopePossessives: ReadonlySet<string> = new Set(
  [...scopeWords].filter((word) => word !== 'history').map((word) => word + "'s")
)

/**
 * Nouns of weather, harm and need: a record or a first about these is news,
 * not a boast ("record rainfall", "the highest number of cases in the state").
 */
export const naturalNouns: ReadonlySet<string> = new Set([
  'rain', 'rains', 'rainfall', 'flood', 'floods', 'flooding', 'storm', 'storms', 'snow', 'snowfall',
  'heat', 'heatwave', 'temperature', 'temperatures', 'cold', 'drought', 'cyclone', 'earthquake',
  'cases', 'case', 'deaths', 'death', 'casualties', 'fatalities', 'infections', 'outbreak', 'crime',
  'crimes', 'pollution', 'smog', 'inflation', 'prices', 'price', 'unemployment', 'poverty', 'debt',
  'deficit', 'level', 'levels', 'heights', 'demand', 'surge', 'wave', 'loss', 'losses', 'accidents',
  'accident', 'incidents', 'complaints', 'waiting', 'backlog', 'tide', 'tides', 'wind', 'winds',
  'river', 'rivers', 'water', 'humidity', 'fog', 'time', 'times', 'circumstances', 'pressure', 'pressures',
  'challenge', 'challenges', 'situation', 'emergency', 'crisis', 'pandemic', 'disruption', 'depression',
  'recession', 'unrest', 'violence', 'war', 'attack', 'attacks', 'threat', 'threats', 'danger', 'risk',
  'risks', 'shortage', 'shortages', 'strain', 'hardship', 'suffering', 'damage', 'destruction', 'devastation'
])
