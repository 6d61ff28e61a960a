/**
 * Words the cameo rules share: who may be the hero of a sentence, what turns
 * a sentence into an instruction rather than a report, and the closed list of
 * cameo devices (LABEL-POLICY: surprise visits, "personally", props, hand-outs,
 * entourage lines, performed reactions, camera language).
 */
import {verbTable} from './verbs.js'

/** Modal and future markers: "he would pay surprise visits" is a plan, not a report. */
export const modals: ReadonlySet<string> = new Set([
  'would', 'will', 'shall', 'should', 'must', 'may', 'might', 'can', 'could', "'ll", "he'll", "she'll", "i'll", "won't", "wouldn't", "shouldn't"
])

/**
 * Words that, standing between a hero and the device, make the sentence an
 * instruction, a negation or a condition: "directed that every AC would
 * supervise … personally", "did not personally attend", "if he visits".
 */
export const directiveWords: ReadonlySet<string> = new Set([
  ...modals,
  'directed', 'directs', 'direct', 'directing', 'instructed', 'instructs', 'instructing', 'asked', 'asks', 'asking',
  'ordered', 'orders', 'urged', 'urges', 'told', 'tells', 'advised', 'advises', 'requested', 'requests',
  'emphasised', 'emphasized', 'stressed', 'called', 'calls', 'warned', 'warns', 'directive', 'directives',
  'instructions', 'directions', 'not', 'never', "didn't", "doesn't", "don't", 'if', 'whether', 'unless', 'every', 'each'
])

/**
 * Heads of non-official subjects: when the scan for a hero meets one of
 * these first, the actor is a team, an institution, the public or a
 * politician (out of scope), not an individual official.
 */
export const otherActors: ReadonlySet<string> = new Set([
  'team', 'teams', 'staff', 'staffers', 'officials', 'officers', 'personnel', 'inspectors', 'magistrates', 'workers',
  'volunteers', 'members', 'committee', 'committees', 'department', 'departments', 'administration', 'authority',
  'authorities', 'agency', 'agencies', 'squad', 'squads', 'force', 'forces', 'they', 'we', 'it', 'people', 'residents',
  'citizens', 'students', 'children', 'public', 'ministry', 'minister', 'ministers', 'mna', 'mpa', 'mla', 'mp',
  'governor', 'president', 'mayor', 'chairman', 'chairperson', 'councillor', 'senator', 'legislator', 'commissioners',
  'collectors', 'secretaries', 'superintendents', 'acs', 'dcs', 'sdms', 'sps', 'dpos', 'court', 'judge', 'bench',
  'inspectorate', 'regulator', 'ofsted', 'cqc', 'that', 'police', 'shopkeepers', 'traders', 'villagers', 'patients',
  'doctors', 'teachers', 'employees', 'workers', 'organisers', 'organizers', 'donors', 'ngo', 'ngos', 'company'
])

/** Nouns that credit an official without making them the actor: "under the supervision of the DC". */
export const creditNouns: ReadonlySet<string> = new Set([
  'supervision', 'directions', 'direction', 'directives', 'directive', 'instructions', 'orders', 'guidance',
  'leadership', 'auspices', 'patronage', 'command', 'behest', 'initiative', 'request', 'invitation', 'approval', 'presence'
])

/** Words of critique: a sentence that criticises a device quotes it, it does not perform it. */
export const critiqueWords: ReadonlySet<string> = new Set([
  'criticised', 'criticized', 'criticism', 'criticising', 'criticizing', 'critics', 'critic', 'slammed', 'mocked',
  'trolled', 'ridiculed', 'derided', 'lampooned', 'stunt', 'stunts', 'gimmick', 'gimmicks', 'theatrics', 'so-called',
  'avoid', 'avoiding'
])

/** Politicians and political office-holders: out of scope, so never a cameo's hero. */
export const politicians: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'mna', 'mpa', 'mla', 'mlas', 'mp', 'mps', 'governor', 'president', 'mayor', 'senator',
  'legislator', 'councillor', 'councilor', 'premier', 'congressman', 'congresswoman', 'lawmaker'
])

/** "along with", "accompanied by", "together with": a companion, not the hero. */
export const companionLead: ReadonlySet<string> = new Set(['with', 'by'])
export const companionHead: ReadonlySet<string> = new Set(['along', 'accompanied', 'together', 'alongwith', 'including'])

/** Third-person singular subjects that may stand for an official named before. */
export const heroPronouns: ReadonlySet<string> = new Set(['he', 'she'])

/** Adjectives that make a visit a surprise or a night-time visit. */
export const surpriseAdjectives: ReadonlySet<string> = new Set([
  'surprise', 'unannounced', 'sudden', 'impromptu', 'unscheduled', 'late-night', 'midnight', 'night', 'night-time',
  'nighttime', 'late', 'early', 'early-morning', 'morning', 'incognito'
])

/** The visit nouns a surprise adjective turns into a cameo, and the verb each becomes. */
export const visitNouns: ReadonlyMap<string, string> = new Map([
  ['visit', 'visit'], ['visits', 'visit'], ['inspection', 'inspect'], ['inspections', 'inspect'],
  ['check', 'check'], ['checks', 'check'], ['checking', 'check'], ['round', 'inspect'], ['rounds', 'inspect'],
  ['tour', 'tour'], ['tours', 'tour']
])

/** Verbs that carry a visit noun: "paid / made / conducted a surprise visit". */
export const visitCarriers: ReadonlyMap<string, string> = verbTable([
  'pay', 'make', 'conduct', 'undertake', 'carry', 'hold', 'do', 'perform', 'take'
])

/** Verbs of arriving or visiting, for "reached the hospital in civil clothes". */
export const arrivalVerbs: ReadonlyMap<string, string> = verbTable([
  'visit', 'reach', 'arrive', 'go', 'inspect', 'check', 'drop', 'turn', 'show', 'pay', 'make', 'conduct', 'take', 'call'
])

/** Action verbs an emphatic "directly" turns into a cameo ("directly checked the rice"). */
export const directlyVerbs: ReadonlySet<string> = new Set(
  verbTable(['check', 'inspect', 'supervise', 'monitor', 'lead', 'hand', 'distribute', 'visit', 'oversee', 'clean', 'sweep', 'serve', 'deliver', 'review', 'observe', 'give']).keys()
)

/** What follows "personally" without making a cameo: liability, opinion, thanks. */
export const personallyExcluded: ReadonlySet<string> = new Set([
  'liable', 'responsible', 'accountable', 'identifiable', 'known', 'acquainted', 'believe', 'believes', 'think',
  'thinks', 'feel', 'feels', 'felt', 'consider', 'considers', 'hope', 'hopes', 'thank', 'thanks', 'thanked',
  'apologise', 'apologize', 'apologised', 'apologized', 'affected', 'involved', 'interested', 'attached',
  'liked', 'disagree', 'agree', 'prefer', 'guarantee', 'vouch', 'identified', 'speaking', 'delighted', 'pleased',
  'proud', 'grateful', 'honoured', 'honored', 'humbled'
])

/** Irregular past forms and other verbs a cameo "personally / himself" may precede. */
export const irregularActions: ReadonlySet<string> = new Set([
  'led', 'took', 'went', 'met', 'saw', 'oversaw', 'gave', 'made', 'paid', 'held', 'did', 'got', 'brought', 'sent',
  'swept', 'undertook', 'drove', 'rode', 'ran', 'came', 'sat', 'stood', 'spoke', 'heard', 'present', 'lead',
  'leads', 'leading', 'oversee', 'oversees', 'supervise', 'supervises', 'monitor', 'monitors', 'visit', 'visits',
  'inspect', 'inspects', 'check', 'checks', 'distribute', 'distributes', 'hand', 'hands', 'confer', 'confers'
])

/** Cleaning and work tools an officer is photographed holding. */
export const props: ReadonlySet<string> = new Set([
  'broom', 'brooms', 'jharu', 'jhadu', 'shovel', 'shovels', 'spade', 'spades', 'mop', 'mops', 'pickaxe', 'trowel',
  'sickle', 'wiper', 'paintbrush', 'rake', 'hoe', 'wheelbarrow'
])

/** Verbs of taking up a prop: "picked up a broom", "wielding a shovel". */
export const propVerbs: ReadonlyMap<string, string> = verbTable(['hold', 'wield', 'carry', 'pick', 'take', 'grab', 'use', 'sweep', 'clean'])

/** Hand-out verbs: "distributed school bags among students". */
export const handOutVerbs: ReadonlyMap<string, string> = verbTable(['distribute', 'disburse'])

/** Verbs that hand out only with a particle: "handed over cheques", "gave away prizes". */
export const handOverVerbs: ReadonlyMap<string, string> = verbTable(['hand', 'give'])

/** What may be handed over in a staged hand-out (not "the charge", "the accused"). */
export const gifts: ReadonlySet<string> = new Set([
  'cheque', 'cheques', 'check', 'checks', 'gift', 'gifts', 'ration', 'rations', 'bag', 'bags', 'kit', 'kits',
  'certificate', 'certificates', 'prize', 'prizes', 'shield', 'shields', 'wheelchair', 'wheelchairs', 'laptop',
  'laptops', 'tablet', 'tablets', 'bicycle', 'bicycles', 'cycles', 'machine', 'machines', 'letters', 'letter', 'cash',
  'assistance', 'aid', 'relief', 'package', 'packages', 'packets', 'blankets', 'food', 'sweets', 'tricycles', 'books',
  'uniforms', 'keys', 'scooties', 'scooters', 'saplings', 'plants', 'masks', 'sanitisers', 'sanitizers', 'awards',
  'medals', 'eidi', 'sacks', 'hampers', 'quilts', 'clothes', 'toys', 'pamphlets', 'leaflets', 'stickers', 'helmets',
  'appointment', 'sewing', 'financial', 'school', 'baby'
])

/** Concrete gifts: enough for a bare "handed cheques to", "gave prizes to", "presented shields to". */
export const concreteGifts: ReadonlySet<string> = new Set([
  'cheque', 'cheques', 'gift', 'gifts', 'prize', 'prizes', 'shield', 'shields', 'wheelchair', 'wheelchairs',
  'laptop', 'laptops', 'bicycles', 'certificates', 'keys', 'scooties', 'tricycles', 'sweets', 'hampers', 'medals',
  'mementos', 'souvenirs', 'bags', 'kits', 'blankets', 'quilts', 'toys', 'uniforms', 'books', 'eidi'
])

/** Verbs that hand out a concrete gift without a particle. */
export const giftVerbs: ReadonlyMap<string, string> = verbTable(['hand', 'give', 'present'])

/** Administrative objects that are shared out, not handed out: "distributed the work". */
export const nonGifts: ReadonlySet<string> = new Set([
  'work', 'duties', 'duty', 'responsibilities', 'responsibility', 'tasks', 'task', 'portfolios', 'portfolio',
  'charge', 'workload', 'roles', 'load', 'power', 'electricity', 'funds', 'budget', 'powers', 'cases',
  // "disbursing officers", "distributing agencies": the -ing form as an adjective.
  'officers', 'officer', 'officials', 'official', 'agents', 'agent', 'agencies', 'agency', 'authorities', 'authority',
  'companies', 'company', 'network', 'networks', 'system', 'systems', 'centres', 'centers', 'points'
])

/** Where the object of a hand-out ends: "… among students", "… to residents". */
export const recipientLead: ReadonlySet<string> = new Set(['among', 'amongst', 'to', 'between', 'at', 'in', 'on', 'for', 'with', 'as'])

/** Performed reactions, as nouns: "expressed displeasure". */
export const reactionNouns: ReadonlySet<string> = new Set([
  'indignation', 'anger', 'annoyance', 'displeasure', 'dissatisfaction', 'resentment', 'disappointment', 'fury', 'ire', 'wrath', 'surprise',
  'astonishment', 'exasperation', 'irritation'
])

/** Verbs that perform a reaction noun. */
export const reactionCarriers: ReadonlyMap<string, string> = verbTable(['express', 'show', 'voice', 'display', 'register', 'vent'])

/** Intensifiers between a reaction verb and its noun: "expressed his strong displeasure". */
export const reactionFillers: ReadonlySet<string> = new Set([
  'his', 'her', 'my', 'strong', 'great', 'serious', 'deep', 'grave', 'extreme', 'sheer', 'utter', 'severe', 'visible',
  'strict', 'stern', 'profound', 'much', 'utmost', 'intense', 'considerable', 'a', 'of', 'lot'
])

/** Performed reactions, as adjectives: "became surprised", "got angry". */
export const reactionAdjectives: ReadonlySet<string> = new Set([
  'angry', 'annoyed', 'furious', 'displeased', 'irked', 'incensed', 'enraged', 'infuriated', 'surprised',
  'astonished', 'indignant', 'irate', 'livid', 'irritated'
])

/** Copulas before a reaction adjective. */
export const reactionCopulas: ReadonlySet<string> = new Set([
  'became', 'become', 'becomes', 'got', 'gets', 'get', 'was', 'were', 'is', 'looked', 'looks', 'appeared', 'appears',
  'seemed', 'seems', 'grew', 'turned', 'felt'
])

/** Degree words between a copula and a reaction adjective. */
export const degreeWords: ReadonlySet<string> = new Set([
  'very', 'visibly', 'extremely', 'highly', 'quite', 'deeply', 'really', 'so', 'too', 'greatly', 'pleasantly', 'utterly', 'clearly'
])

/** Public reprimands: "reprimanded the staff". */
export const reprimandVerbs: ReadonlyMap<string, string> = verbTable([
  'reprimand', 'scold', 'rebuke', 'admonish', 'chide', 'berate', 'lambast', 'castigate', 'upbraid', 'censure', 'grill'
])

/** Camera emoji: the post frames the officer for the lens. */
export const cameraEmoji: ReadonlySet<string> = new Set(['📸', '📷', '🤳', '🎥', '📹'])

/** Nouns of a photograph. */
export const photoNouns: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'pic', 'pics', 'snapshot', 'snapshots', 'photoshoot', 'photo-op', 'photo-ops'
])

/** Words that make a selfie a safety warning or a place, not a photo of the officer. */
export const selfieWarnings: ReadonlySet<string> = new Set([
  'not', "don't", 'avoid', 'no', 'never', 'ban', 'banned', 'bans', 'prohibited', 'prohibit', 'dangerous', 'risky',
  'deadly', 'death', 'deaths', 'refrain', 'stop', 'while', 'during', 'against', 'unsafe', 'point', 'points', 'spot',
  'spots', 'booth', 'zone', 'zones', 'stand', 'stick', 'sticks', 'contest', 'competition'
])

/** Family: "accompanied by his family" is private life, not an entourage. */
export const family: ReadonlySet<string> = new Set([
  'family', 'wife', 'husband', 'spouse', 'children', 'son', 'daughter', 'sons', 'daughters', 'parents', 'mother',
  'father', 'friends', 'friend', 'kids', 'parent', 'guardian', 'adult', 'adults', 'lawyer', 'counsel', 'relatives'
])

/** Means of travel that make a round a performance: "took a round on a motorcycle". */
export const travelModes: ReadonlySet<string> = new Set([
  'motorcycle', 'motorbike', 'bike', 'bicycle', 'cycle', 'scooter', 'rickshaw', 'tractor', 'horseback', 'foot', 'camel', 'tonga'
])

/**
 * Means of travel an officer does not need for work, so that any visit made on
 * them is staged ("reached the office on a bicycle"); a boat in a flood or
 * going on foot where roads are under water is not.
 */
export const stagedModes: ReadonlySet<string> = new Set([
  'motorcycle', 'motorbike', 'bike', 'bicycle', 'cycle', 'scooter', 'rickshaw', 'camel', 'tonga'
])
