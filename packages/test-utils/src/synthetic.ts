/**
 * Deterministic synthetic transcripts of a given size, for benchmarks: press-conference turns
 * with labels, interpreted speech, events and times, from a seeded generator so every run
 * measures the same input.
 */
import { MODEL_VERSION, type Block, type Paragraph, type Phrasing, type Speaker, type Transcript } from '@verbatim/core'

const WORDS = (
  'the coalition will continue to support local forces in Mosul and Raqqa as we said before ' +
  'minister secretary question answer thank you very much we are determined to accelerate the campaign ' +
  "it's important that our allies coordinate their efforts — résumé naïve Jean-Yves Le Drian 2016"
).split(' ')

/** A small seeded PRNG (mulberry32). */
export function seededRandom(seed = 42): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SPEAKERS: Speaker[] = [
  { id: 'ash-carter', name: 'Ash Carter', role: 'official', title: 'Secretary of Defense', aliases: ['SECRETARY OF DEFENSE ASH CARTER', 'SEC. CARTER'], group: false },
  { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', role: 'official', title: 'Minister of Defence', aliases: ['DEFENSE MINISTER JEAN-YVES LE DRIAN', 'MIN. LE DRIAN'], group: false },
  { id: 'journalists', name: 'Journalists', role: 'journalist', aliases: ['Q'], group: true },
  { id: 'staff', name: 'Staff', role: 'staff', aliases: ['STAFF'], group: false },
]

export interface SyntheticOptions {
  /** Give every turn source times (default `true`). */
  timed?: boolean
  seed?: number
}

/** A transcript whose text (turn text only) is about `bytes` UTF-8 bytes. */
export function syntheticTranscript(bytes: number, options: SyntheticOptions = {}): Transcript {
  const random = seededRandom(options.seed ?? 42)
  const timed = options.timed ?? true
  const children: Block[] = []
  let size = 0
  let clock = 0
  let turnIndex = 0
  while (size < bytes) {
    const speaker = SPEAKERS[turnIndex % 2 === 1 ? 2 : random() < 0.5 ? 0 : 1]!
    const paragraphs: Paragraph[] = []
    const paragraphCount = 1 + Math.floor(random() * 3)
    let words = 0
    for (let p = 0; p < paragraphCount; p++) {
      const count = 20 + Math.floor(random() * 60)
      const parts: string[] = []
      for (let w = 0; w < count; w++) parts.push(WORDS[Math.floor(random() * WORDS.length)]!)
      words += count
      const text = parts.join(' ') + '.'
      size += Buffer.byteLength(text)
      if (random() < 0.1) {
        const cut = text.indexOf(' ', text.length >> 1)
        paragraphs.push({
          type: 'paragraph',
          children: [
            { type: 'text', value: text.slice(0, cut + 1) + '-- ' },
            { type: 'event', kind: 'inaudible', value: '(inaudible)' },
            { type: 'text', value: ' --' + text.slice(cut) },
          ],
        })
      } else {
        paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: text }] })
      }
    }
    const duration = (words / 160) * 60
    children.push({
      type: 'turn',
      speaker: speaker.id,
      label: speaker.aliases[turnIndex < 4 ? 0 : speaker.aliases.length - 1]!,
      interpreted: speaker.id === 'jean-yves-le-drian',
      ...(timed ? { time: { start: Math.round(clock * 1000) / 1000, end: Math.round((clock + duration) * 1000) / 1000, source: 'source' as const } } : {}),
      children: paragraphs,
    })
    clock += duration + 0.5
    turnIndex++
    if (random() < 0.02) children.push({ type: 'event', kind: 'applause', value: '(Applause.)' })
  }
  return {
    type: 'transcript',
    version: MODEL_VERSION,
    meta: { title: 'Synthetic press conference', date: '2016-10-25', place: 'Paris, France', languages: ['en'] },
    speakers: SPEAKERS.map((speaker) => ({ ...speaker, aliases: [...speaker.aliases] })),
    children,
  }
}

/**
 * A transcript of exactly `words` words, each a timed `word` node (model 1.1) with a confidence,
 * between space text nodes, in timed segments of 6 to 14 words (as caption cues or speech-to-text
 * segments), paragraphs of a few segments and timed turns; deterministic, for benchmarks.
 */
export function syntheticTimedTranscript(words: number, options: { seed?: number } = {}): Transcript {
  const random = seededRandom(options.seed ?? 42)
  const children: Block[] = []
  let clock = 0
  let left = words
  const ms = (value: number) => Math.round(value) / 1000
  for (let turnIndex = 0; left > 0; turnIndex++) {
    const speaker = SPEAKERS[turnIndex % 2 === 1 ? 2 : random() < 0.5 ? 0 : 1]!
    const turnStart = clock
    const paragraphs: Paragraph[] = []
    const paragraphCount = 1 + Math.floor(random() * 3)
    for (let p = 0; p < paragraphCount && left > 0; p++) {
      const inlines: Paragraph['children'] = []
      const segmentCount = 1 + Math.floor(random() * 5)
      for (let s = 0; s < segmentCount && left > 0; s++) {
        const count = Math.min(left, 6 + Math.floor(random() * 9))
        left -= count
        const segmentStart = clock
        const phrasing: Phrasing[] = []
        for (let w = 0; w < count; w++) {
          if (w > 0) phrasing.push({ type: 'text', value: ' ' })
          const length = 150 + random() * 350
          phrasing.push({
            type: 'word',
            value: WORDS[Math.floor(random() * WORDS.length)]!,
            time: { start: ms(clock), end: ms(clock + length), source: 'source' },
            confidence: Math.round(500 + random() * 500) / 1000,
          })
          clock += length + random() * 60
        }
        if (s > 0) inlines.push({ type: 'text', value: ' ' })
        inlines.push({ type: 'segment', time: { start: ms(segmentStart), end: ms(clock), source: 'source' }, children: phrasing })
        clock += random() * 400
      }
      paragraphs.push({ type: 'paragraph', children: inlines })
    }
    children.push({
      type: 'turn',
      speaker: speaker.id,
      label: speaker.aliases[speaker.aliases.length - 1]!,
      interpreted: speaker.id === 'jean-yves-le-drian',
      time: { start: ms(turnStart), end: ms(clock), source: 'source' },
      children: paragraphs,
    })
    clock += 300 + random() * 700
  }
  return {
    type: 'transcript',
    version: MODEL_VERSION,
    meta: { title: 'Synthetic timed press conference', date: '2016-10-25', place: 'Paris, France', languages: ['en'] },
    speakers: SPEAKERS.map((speaker) => ({ ...speaker, aliases: [...speaker.aliases] })),
    children,
  }
}
