/**
 * `rangesToCheck` may only leave out text where the plugin flags nothing,
 * and parsing each range on its own must give the whole text's findings:
 * checked on every rule table text, the corpus, real text, and random texts
 * built to cross every kind of cut (line breaks, abbreviations, quotes,
 * lowercase sentence starts, marks), under every option set.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {rangesToCheck, type Options} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cut} from '../src/check-ranges.js'
import {corpusTexts, optionSets, ruleTableTexts, sotuTexts} from './message-dump.js'

const tableTexts = ruleTableTexts()

/** Every message as one line: rule, offsets, level, text, reason, rewrites. */
function findings(text: string, options: Options, shift = 0): string[] {
  const processor = unified().use(retextEnglish).use(retextSelfless, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages.map(function (message) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = (place?.start.offset ?? -1) + shift
    const end = (place?.end.offset ?? -1) + shift
    return [message.ruleId, start, end, message.fatal, message.actual, message.reason, ...(message.expected ?? [])].join(' | ')
  })
}

function ranged(text: string, options: Options): string[] {
  return rangesToCheck(text, options).flatMap((range) => findings(text.slice(range.start, range.end), options, range.start))
}

/** Random texts from pieces that stress the cuts. */
function randomTexts(count: number): string[] {
  const pieces = [
    'I inaugurated the new school.', 'On my directions, a drive began.', 'The DC personally inspected the drain.',
    'He was accompanied by officers.', 'The Deputy Commissioner Ali Khan visited.', 'He praised the staff.',
    'Please share this video.', 'Follow us for updates.', 'His tireless dedication inspired all.', 'Roads were repaired.',
    'Dr. Khan said so.', 'Work continued, etc. The team left.', 'See cf. Annex.', 'It cost 3. Then more.', 'e.g. this one.',
    'the work went on.', 'and he personally thanked them.', '"I inaugurated it." The crowd', '“Great work” said he.',
    'U.S. officials came.', 'Why? Because.', 'It was done on the directions of the D.C. Rawalpindi.',
    "On the D.C.'s orders, it began.", 'The best roads in J&K.', 'in.', 'Sept.', 'no.1 district', 'A.D.C.', 'Wow! Amazing.', 'a', 'I', 'my', 'directions', '#TeamDC', '@dc_office', '📸',
    '\n', '\n\n', '  \n  ', '\u00a0\n', '\r\n', '\r', '\r\n\r\n', '\n \t\n', '\n\u2028\n', ' ', ' ', ' ', '. ', '? ', '... '
  ]
  let seed = 7
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
  return Array.from({length: count}, () =>
    Array.from({length: 4 + Math.floor(random() * 10)}, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.7 ? ' ' : '')
  )
}

/** Where retext-english's sentences start and end in `text`. */
function sentenceSpans(text: string): Array<[number, number]> {
  const tree = unified().use(retextEnglish).parse(text)
  const spans: Array<[number, number]> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') spans.push([sentence.position?.start.offset ?? -1, sentence.position?.end.offset ?? -1])
    }
  }
  return spans
}

/** Every short lowercase word of the texts, after which a full stop may or may not end a sentence. */
function shortWords(texts: string[]): string[] {
  const words = new Set<string>()
  for (const text of texts) for (const word of text.match(/\b[a-z]{2,5}\b/g) ?? []) words.add(word)
  return [...words]
}

describe('rangesToCheck', () => {
  it('cuts only where retext-english ends one sentence and starts the next', () => {
    const texts = [...tableTexts, ...corpusTexts().map((item) => item.text), ...sotuTexts(64 * 1024, 300).map((item) => item.text), ...randomTexts(500)]
    for (const word of shortWords(texts)) {
      texts.push(`It was ${word}. Then it rained.`, `They came ${word}? Yes.\nIt is ${word}! Right.`, `Work, ${word}.\n\nWork went on.`)
    }
    let cuts = 0
    for (const text of texts) {
      const chunks = cut(text)
      if (chunks.length === 1) continue
      const spans = sentenceSpans(text)
      for (let index = 1; index < chunks.length; index++) {
        const end = (chunks[index - 1] as {end: number}).end
        const start = (chunks[index] as {start: number}).start
        cuts++
        expect(spans.some(([, to]) => to === end), `a sentence ends at ${end}: ${text}`).toBe(true)
        expect(spans.some(([from]) => from === start), `a sentence starts at ${start}: ${text}`).toBe(true)
      }
    }
    expect(cuts).toBeGreaterThan(2000)
  }, 60_000)

  it('cuts at line breaks and sure sentence ends, keeping what a finding needs', () => {
    const text =
      'Roads were repaired on time. The DC personally inspected the drain. Residents were consulted.\n' +
      'Nothing else happened today. Work continues.'
    expect(rangesToCheck(text)).toEqual([{start: 0, end: 67}])
    expect(text.slice(0, 67)).toBe('Roads were repaired on time. The DC personally inspected the drain.')
    expect(rangesToCheck('Nothing else happened today. Work continues.')).toEqual([])
    expect(rangesToCheck('')).toEqual([])
  })

  it('takes up to three sentences before a possible finding, back to a blank line', () => {
    const text = 'One came. Two came. Three came. Four came. He personally checked it.'
    expect(rangesToCheck(text)).toEqual([{start: 10, end: 68}])
    expect(text.slice(10, 68)).toBe('Two came. Three came. Four came. He personally checked it.')
    // A blank line ends the paragraph: rules read nothing before it.
    expect(rangesToCheck('Zero came. One came.\n\nTwo came. He personally checked it.')).toEqual([{start: 22, end: 57}])
    // A single line break does not.
    expect(rangesToCheck('One came. Two came.\nHe personally checked it.')).toEqual([{start: 0, end: 45}])
  })

  it('does not cut after abbreviations or capitalised words, before a lowercase word, or within a line', () => {
    expect(rangesToCheck('Work went on, etc. Then he personally came.')).toEqual([{start: 0, end: 43}])
    expect(rangesToCheck('We met Dr. Smith. Later he personally came.')).toEqual([{start: 0, end: 43}])
    expect(rangesToCheck('It rained. and he personally came.')).toEqual([{start: 0, end: 34}])
    expect(rangesToCheck('The road\nHe personally came.')).toEqual([{start: 0, end: 28}])
  })

  it('does not cut after a double quote until a blank line', () => {
    const open = 'A one came. Two came. Three came. Four came. She said "all done. One more. Two more. Three more. He personally came.'
    expect(rangesToCheck(open)).toEqual([{start: 12, end: 116}])
    const plain = open.replace('"', '')
    expect(rangesToCheck(plain)).toEqual([{start: 64, end: 115}])
    expect(plain.slice(64, 115)).toBe('One more. Two more. Three more. He personally came.')
    const reset = 'She said "it is done.\n\nOne. Two more. Three more. Four more. He personally came.'
    expect(rangesToCheck(reset)).toEqual([{start: 23, end: 80}])
    expect(reset.slice(23, 80)).toBe('One. Two more. Three more. Four more. He personally came.')
  })

  it('needs a companion with a trigger, unless officials are configured', () => {
    expect(rangesToCheck('I think it rained.')).toEqual([])
    expect(rangesToCheck('I think it rained. I inaugurated it.')).toEqual([{start: 0, end: 36}])
    expect(rangesToCheck('The dedication of the staff was noted.')).toEqual([])
    expect(rangesToCheck('The dedication of the staff was noted.', {officials: ['Ali Khan']})).toEqual([{start: 0, end: 38}])
    expect(rangesToCheck('All done #TeamDC')).toEqual([{start: 0, end: 16}])
  })

  for (const [name, options] of optionSets) {
    it(`gives exactly the whole text's findings (${name} options)`, () => {
      const texts = [
        ...tableTexts,
        ...corpusTexts().map((item) => item.text),
        ...sotuTexts(64 * 1024, 300).map((item) => item.text),
        ...randomTexts(500)
      ]
      let flagged = 0
      for (const text of texts) {
        const whole = findings(text, options)
        if (whole.length > 0) flagged++
        expect(ranged(text, options), text).toEqual(whole)
      }
      // The texts do exercise findings.
      expect(flagged).toBeGreaterThan(200)
    }, 60_000)
  }
})
