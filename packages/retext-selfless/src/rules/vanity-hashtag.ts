/**
 * vanity-hashtag: a hashtag that brands the officer rather than the work:
 * a team named after the post (#TeamDC), the service as an identity
 * (#IASatWork, #IPS), praise (#RoleModel, #SuperCop), the title with a place
 * (#DCRawalpindi) or the officer's own name.
 *
 * Campaign, safety, event and place hashtags (#StaySafe, #poltwt,
 * #Rawalpindi) and an institution's own tag (#TNForest, #myNYPD) pass.
 */
import type {Context} from '../context.js'
import {titles} from '../lexicon/titles.js'
import {officialWithin, titleAt} from '../official.js'
import type {Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'
import {withoutPossessive} from '../tokens.js'

// Built once: titles written as one hashtag word, and their abbreviations.
const titleWords = new Set<string>()
const abbreviations = new Set<string>()
for (const title of titles) {
  if (title.words.length > 1 || title.words[0] === 'collector' || title.words[0] === 'commissioner') titleWords.add(title.words.join(''))
  for (const abbreviation of title.abbreviations ?? []) if (!abbreviation.includes('.')) abbreviations.add(abbreviation)
}
for (const word of ['dm', 'sp', 'ssp', 'sdm', 'ac', 'adc', 'cp', 'dpo', 'cpo', 'ig', 'igp', 'dig', 'sho', 'dc', 'ddc']) titleWords.add(word)

// Civil services as an identity: #IAS, #IPS, #PAS and their "at work" forms.
const services = ['ias', 'ips', 'ifs', 'irs', 'pas', 'psp', 'pcs', 'pps', 'pms', 'cssp', 'civilservant', 'civilservants', 'bureaucrat', 'bureaucrats', 'dc', 'dm', 'sp', 'ssp', 'collector']
const serviceSuffixes = ['', 'atwork', 'officer', 'officers', 'life', 'diaries', 'diary', 'inaction', 'onduty', 'atduty', 'onground', 'ontheground']
const serviceTags = new Set<string>()
for (const service of services) {
  for (const suffix of serviceSuffixes) {
    // A bare "#DC" or "#SP" is too often a place or a brand.
    if (suffix === '' && service.length <= 3 && !['ias', 'ips', 'pas', 'psp', 'pcs'].includes(service)) continue
    serviceTags.add(service + suffix)
  }
}

// Praise as a hashtag.
const praiseTags = new Set([
  'rolemodel', 'supercop', 'singham', 'ladysingham', 'reallifesingham', 'reallifehero', 'leadbyexample',
  'leadingbyexample', 'leadingfromthefront', 'leaderfromthefront', 'youthicon', 'peoplesofficer',
  'peoplescollector', 'peoplesdc', 'dynamicdc', 'dynamiccollector', 'braveofficer', 'honestofficer',
  'ironlady', 'herocop', 'realhero', 'officerwithaheart'
])

// After a title abbreviation these make a place or an institution, not a post:
// "#DGKhan" (Dera Ghazi Khan), "#DCPolice" (Washington, D.C.).
const notPlaces = /^(?:Khan|Police|Fire|Metro|Council|Water|Health|Schools?|Public|Gov|Government|United|Area|Region|Comics|Universe)/

/** The hashtag names the officer: a title with a place, "#DCRawalpindi", "#CollectorKarur". */
function titleWithPlace(body: string): boolean {
  for (const abbreviation of abbreviations) {
    const rest = body.slice(abbreviation.length)
    if (body.startsWith(abbreviation) && /^\p{Lu}\p{Ll}/u.test(rest) && !notPlaces.test(rest)) return true
  }
  const lower = body.toLowerCase()
  for (const words of titleWords) {
    if (words.length > 3 && lower.startsWith(words)) {
      const rest = body.slice(words.length)
      if (rest === '' || /^\p{Lu}/u.test(rest)) return true
    }
  }
  return false
}

/** "#TeamDC", "#TeamCollectorKarur": a team named after the post. */
function team(body: string): boolean {
  if (!/^team/i.test(body)) return false
  const rest = body.slice(4)
  const lower = rest.toLowerCase()
  if (serviceTags.has(lower)) return true
  for (const words of titleWords) if (lower === words || (lower.startsWith(words) && /^\p{Lu}/u.test(rest.slice(words.length)))) return true
  for (const abbreviation of abbreviations) if (rest === abbreviation || (rest.startsWith(abbreviation) && /^\p{Lu}\p{Ll}/u.test(rest.slice(abbreviation.length)))) return true
  return false
}

/** The officer's own name as a hashtag: a configured name, or the name of an official in this or the previous sentence. */
function ownName(sentence: Sentence, body: string, context: Context): boolean {
  const lower = body.toLowerCase()
  if (lower.length < 5) return false
  for (const words of context.officialNames) if (words.join('') === lower) return true
  if (context.officialHandles.has(lower)) return true
  for (const where of [sentence, sentence.previous]) {
    if (!where) continue
    let at = 0
    while (at < where.length && at < 80) {
      const found = officialWithin(where, at, where.length, context)
      if (!found) break
      const names: string[] = []
      for (let name = found.start; name < found.end; name++) {
        if (where.capitalized(name) && !titleAt(where, name)) names.push(withoutPossessive(where.lower(name)))
      }
      for (let from = 0; from < names.length; from++) {
        if (names.slice(from).join('') === lower && names.length - from >= 2) return true
      }
      at = found.end
    }
  }
  return false
}

const rule: Rule = {
  id: 'vanity-hashtag',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'A hashtag brands the officer (#TeamDC, #IASatWork, #RoleModel, the officer’s name or title).',
  note:
    'A hashtag built on an officer’s name, post or service makes an official account a personal brand: 5 CFR 2635.702 bars using a title to promote oneself, and the influencercrats op-ed describes officers chasing likes “for merely doing their jobs”.',
  sources: ['us-5-cfr-2635-702', 'pk-influencercrats', 'uk-gcs-propriety'],
  fixable: false,
  kinds: ['hashtag'],
  check(sentence, index, context) {
    const token = sentence.tokens[index]
    if (!token) return undefined
    const body = token.text.slice(1)
    const lower = body.toLowerCase()
    let kind: string | undefined
    if (team(body)) kind = 'names a team after the post'
    else if (serviceTags.has(lower)) kind = 'brands the service as the officer’s identity'
    else if (praiseTags.has(lower)) kind = 'praises the officer'
    else if (titleWithPlace(body)) kind = 'makes the officer’s title a tag'
    else if (ownName(sentence, body, context)) kind = 'makes the officer’s name a tag'
    if (!kind) return undefined
    return {
      start: index,
      end: index + 1,
      reason: `The hashtag \`${token.text}\` ${kind}; use the campaign’s or the place’s hashtag, or none`,
      expected: []
    }
  }
}

export default rule
