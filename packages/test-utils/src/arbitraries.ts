/**
 * fast-check arbitraries that generate valid transcripts, so that every format runs the same
 * round-trip properties. Generated trees are in the canonical form readers produce: adjacent
 * text merged, no empty text, single spaces between words, events keeping their wording.
 */
import fc from 'fast-check'
import {
  MODEL_VERSION,
  slugifyId,
  type Block,
  type Event,
  type EventKind,
  type Inline,
  type Metadata,
  type Paragraph,
  type Phrasing,
  type Speaker,
  type Timing,
  type Transcript,
  type Turn,
} from '@verbatim/core'

/** Wordings an event of each kind is written with in real transcripts; every reader knows them. */
export const EVENT_WORDINGS: Record<EventKind, readonly string[]> = {
  inaudible: ['(inaudible)', '(Inaudible.)', '[inaudible]', '[inaudible 00:32:26]', '(INAUDIBLE)'],
  unintelligible: ['[unintelligible]', '(unintelligible)', '[unintelligible 00:07:38.13]'],
  crosstalk: ['(CROSSTALK)', '(Cross-talk.)', '[crosstalk]'],
  laughter: ['(Laughter.)', '[laughs]', '(Laughs.)', '(LAUGHTER)'],
  applause: ['(Applause.)', '[applause]', '(APPLAUSE)'],
  'off-mic': ['(Off-mic.)', '(off mic)', '[off-mic]'],
  pause: ['(pause)', '[pause]', '(Pause.)'],
  music: ['[MUSIC PLAYING]', '(music)', '[music]'],
  noise: ['(noise)', '[noise]', '(Background noise.)'],
  other: ['(Speaks French.)', '(As interpreted.)', '(Coughs.)'],
}

export type StringStyle = 'plain' | 'unicode'

export interface TranscriptArbitraryOptions {
  /** `plain`: ASCII words and punctuation; `unicode`: also markup characters, RTL, CJK, emoji (default `unicode`). */
  strings?: StringStyle
  /** Generate turn times: `never`, `always` (every turn, increasing) or `mixed` (default `mixed`). */
  times?: 'never' | 'always' | 'mixed'
  /** Most turns (default 12). */
  maxTurns?: number
  /** Include `data` bags on nodes (default `false`). */
  data?: boolean
  /** Include events and section breaks between turns (default `true`). */
  blocks?: boolean
  /** Include the full metadata (notes, extra, media) rather than title/date/place only (default `true`). */
  fullMeta?: boolean
  /**
   * Model 1.1 times below the turn (default `false`): every turn timed, paragraphs of timed
   * segments (in order, inside their turn) holding words with times and optional confidence
   * between space text nodes, and timed events in and between turns. Overrides `times`.
   */
  timed?: boolean
}

const PLAIN_WORDS = [
  'the', 'coalition', 'minister', 'said', 'we', 'will', 'continue', 'to', 'support', 'Mosul', 'and', 'Raqqa',
  'forces', 'on', 'ground', 'question', 'answer', 'thank', 'you', 'very', 'much', 'yes', 'no', "it's", "don't",
  'Secretary', 'France', 'U.S.', '2016', '11', 'percent', 'e-mail', 'well', 'so', 'but', 'of', 'a', 'an', 'in',
]
const PUNCTUATED = ['--', '...', 'Q&A', '"quoted"', "'single'", 'one,', 'two.', 'three?', 'four!', 'five;', 'ISIL', 'Dr.', '$5']
const UNICODE_WORDS = [
  'Drian', 'Jean-Yves', 'café', 'Zoë', 'naïve', 'São', 'Łódź', 'Straße', 'Ελλάδα', 'Москва',
  'مرحبا', 'שלום', '北京', '日本語', '한국어', '🙂', 'e\u0301', '<tag>', 'a&b', '-->', '&amp;', "l'État", '“curly”',
  '‘single’', '—', '–', '…', '½', 'x<y', 'A>B', ']]>', '<?pi?>', '<!--c-->', '{x}', '\\back', '@id', '#hash',
]

const wordArb = (style: StringStyle) =>
  style === 'plain'
    ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATED) })
    : fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATED) },
        { weight: 2, arbitrary: fc.constantFrom(...UNICODE_WORDS) },
      )

export const eventKindArb: fc.Arbitrary<EventKind> = fc.constantFrom(...(Object.keys(EVENT_WORDINGS) as EventKind[]))

/** An event node with a real-world wording of its kind. */
export const eventArb: fc.Arbitrary<Event> = eventKindArb.chain((kind) =>
  fc.constantFrom(...EVENT_WORDINGS[kind]).map((value): Event => ({ type: 'event', kind, value })),
)

/** Words separated by single spaces, never empty, no leading or trailing space. */
export const sentenceArb = (style: StringStyle = 'unicode', maxWords = 12) =>
  fc.array(wordArb(style), { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '))

/** A paragraph: words and events in canonical form (text merged, spaces beside events kept in text). */
export const paragraphArb = (style: StringStyle = 'unicode'): fc.Arbitrary<Paragraph> =>
  fc
    .array(fc.oneof({ weight: 6, arbitrary: wordArb(style) }, { weight: 1, arbitrary: eventArb }), { minLength: 1, maxLength: 30 })
    .map((tokens) => {
      const children: Inline[] = []
      tokens.forEach((token, index) => {
        const separator = index === 0 ? '' : ' '
        const last = children[children.length - 1]
        if (typeof token === 'string') {
          if (last?.type === 'text') last.value += separator + token
          else children.push({ type: 'text', value: separator + token })
        } else {
          if (separator) {
            if (last?.type === 'text') last.value += separator
            else children.push({ type: 'text', value: separator })
          }
          children.push({ ...token })
        }
      })
      return { type: 'paragraph', children }
    })

/** A word or event of a timed paragraph, before times are given (lengths in ms). */
type TimedToken =
  | { kind: 'word'; value: string; timed: 'full' | 'start' | 'none'; confidence: number | undefined; length: number; gap: number }
  | { kind: 'event'; event: Event; timed: boolean; length: number; gap: number }

type TimedPiece =
  | { kind: 'segment'; tokens: TimedToken[]; lead: number; tail: number }
  | { kind: 'text'; value: string; length: number }
  | { kind: 'event'; event: Event; timed: boolean; length: number }

const timedTokenArb = (style: StringStyle): fc.Arbitrary<TimedToken> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('word' as const),
        value: wordArb(style),
        timed: fc.constantFrom<'full' | 'start' | 'none'>('full', 'full', 'full', 'start', 'none'),
        confidence: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), { nil: undefined }),
        length: fc.integer({ min: 50, max: 900 }),
        gap: fc.integer({ min: 0, max: 300 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('event' as const), event: eventArb, timed: fc.boolean(), length: fc.integer({ min: 100, max: 3000 }), gap: fc.integer({ min: 0, max: 300 }) }),
    },
  )

const timedPieceArb = (style: StringStyle): fc.Arbitrary<TimedPiece> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('segment' as const),
        tokens: fc.array(timedTokenArb(style), { minLength: 1, maxLength: 10 }),
        lead: fc.integer({ min: 0, max: 500 }),
        tail: fc.integer({ min: 0, max: 500 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), value: sentenceArb(style, 6), length: fc.integer({ min: 0, max: 3000 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('event' as const), event: eventArb, timed: fc.boolean(), length: fc.integer({ min: 100, max: 3000 }) }) },
  )

/** Text appended to the last child when it is text (canonical form: adjacent text merged). */
function appendText<T extends Inline | Phrasing>(children: T[], value: string): void {
  const last = children[children.length - 1]
  if (last?.type === 'text') last.value += value
  else children.push({ type: 'text', value } as T)
}

const ms = (start: number, end?: number): Timing => (end === undefined ? { start: start / 1000, source: 'source' } : { start: start / 1000, end: end / 1000, source: 'source' })

/** The children of a timed paragraph from its drafts, with times from `clock` (ms) on; returns the clock after it. */
function timedParagraph(pieces: readonly TimedPiece[], clock: number): { paragraph: Paragraph; clock: number } {
  const children: Inline[] = []
  pieces.forEach((piece, index) => {
    if (index > 0) appendText(children, ' ')
    if (piece.kind === 'text') {
      appendText(children, piece.value)
      clock += piece.length
    } else if (piece.kind === 'event') {
      children.push(piece.timed ? { ...piece.event, time: ms(clock, clock + piece.length) } : { ...piece.event })
      clock += piece.length
    } else {
      const start = clock
      clock += piece.lead
      const inner: Phrasing[] = []
      piece.tokens.forEach((token, at) => {
        if (at > 0) appendText(inner, ' ')
        if (token.kind === 'event') inner.push(token.timed ? { ...token.event, time: ms(clock, clock + token.length) } : { ...token.event })
        else if (token.timed === 'none') appendText(inner, token.value)
        else {
          const word: Phrasing = { type: 'word', value: token.value, time: token.timed === 'full' ? ms(clock, clock + token.length) : ms(clock) }
          if (token.confidence !== undefined) word.confidence = token.confidence
          inner.push(word)
        }
        clock += token.length + token.gap
      })
      clock += piece.tail
      children.push({ type: 'segment', time: ms(start, clock), children: inner })
    }
  })
  return { paragraph: { type: 'paragraph', children }, clock }
}

const FIRST = ['Ash', 'Jean-Yves', 'Karine', 'John', 'María', 'José', 'Zoë', 'Wei', 'Amira', 'Søren', 'Chris', 'Daniel', 'Ngozi']
const LAST = ['Carter', 'Le Drian', 'Jean-Pierre', 'Kirby', 'López Obrador', 'Müller', 'Okonjo-Iweala', 'Zhang', 'Haddad', 'Benson', "O'Neil"]
const TITLES = ['Secretary of Defense', 'Minister of Defence', 'Press Secretary', 'Senator', 'Judge', 'Host']
const AFFILIATIONS = ['U.S. Department of Defense', 'Ministère des Armées', 'The White House', 'Reuters', 'Le Monde']
const ROLES = ['official', 'journalist', 'moderator', 'staff', 'interpreter', 'host', 'guest', 'operator', 'judge', 'attorney', 'witness', 'unknown', 'senator']

interface SpeakerSeed {
  name: string
  role: string
  title?: string
  affiliation?: string
  group: boolean
}

const speakerSeedArb: fc.Arbitrary<SpeakerSeed> = fc.oneof(
  { weight: 4, arbitrary: fc.record(
    {
      name: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([first, last]) => `${first} ${last}`),
      role: fc.constantFrom(...ROLES),
      title: fc.constantFrom(...TITLES),
      affiliation: fc.constantFrom(...AFFILIATIONS),
      group: fc.constant(false),
    },
    { requiredKeys: ['name', 'role', 'group'] },
  ) },
  { weight: 1, arbitrary: fc.constantFrom<SpeakerSeed>(
    { name: 'Journalists', role: 'journalist', group: true },
    { name: 'Staff', role: 'staff', group: false },
    { name: 'Moderator', role: 'moderator', group: false },
  ) },
)

/** The labels a speaker is written with: the first is the full form. */
function labelsFor(seed: SpeakerSeed): string[] {
  if (seed.group) return ['Q', 'QUESTION']
  if (seed.name === 'Staff' || seed.name === 'Moderator') return [seed.name.toUpperCase()]
  const upper = seed.name.toUpperCase()
  const last = seed.name.split(' ').slice(1).join(' ').toUpperCase()
  return seed.title ? [`${seed.title.toUpperCase()} ${upper}`, `MR. ${last}`] : [upper]
}

const isoDateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

const metaArb = (style: StringStyle, full: boolean): fc.Arbitrary<Metadata> =>
  fc.record(
    {
      title: sentenceArb(style, 10),
      subtitle: sentenceArb(style, 6),
      date: isoDateArb,
      place: fc.constantFrom('Paris, France', 'Washington, D.C.', 'Ciudad de México', 'Ljubljana'),
      languages: fc.constantFrom(['en'], ['en', 'fr'], ['es-MX'], ['sl']),
      description: sentenceArb(style, 20),
      source: fc.record(
        { url: fc.constantFrom('https://www.defense.gov/News/Transcripts/', 'https://example.org/t/1?a=1&b=2'), publisher: fc.constantFrom('U.S. Department of Defense', 'The White House') },
        { requiredKeys: ['url'] },
      ),
      ...(full
        ? {
            media: fc.record({ url: fc.constant('https://example.org/media/1.mp3'), type: fc.constant('audio/mpeg'), duration: fc.integer({ min: 1, max: 20_000 }) }, { requiredKeys: ['url'] }),
            extra: fc.dictionary(fc.constantFrom('event', 'speakers', 'categories', 'tags'), sentenceArb(style, 4), { maxKeys: 3 }),
            notes: fc.array(fc.record({ kind: fc.constantFrom('boilerplate', 'footer'), value: sentenceArb(style, 12) }), { maxLength: 2 }),
          }
        : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Metadata>

// Through JSON text once, so values are what any JSON round trip gives back (no -0).
const dataArb = fc
  .dictionary(fc.constantFrom('tool', 'score', 'tags', '__proto__'), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 2 })
  .map((data) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>)

/** A valid transcript in canonical form. */
export function transcriptArb(options: TranscriptArbitraryOptions = {}): fc.Arbitrary<Transcript> {
  const style = options.strings ?? 'unicode'
  const times = options.times ?? 'mixed'
  const maxTurns = options.maxTurns ?? 12
  const blocks = options.blocks ?? true
  const withData = options.data ?? false

  return fc
    .record({
      meta: metaArb(style, options.fullMeta ?? true),
      seeds: fc.uniqueArray(speakerSeedArb, { minLength: 0, maxLength: 5, selector: (seed) => seed.name }),
      turns: fc.array(
        fc.record({
          who: fc.nat(),
          labelChoice: fc.nat(),
          unattributed: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
          interpreted: fc.boolean(),
          paragraphs: options.timed ? fc.constant<Paragraph[]>([]) : fc.array(paragraphArb(style), { minLength: 1, maxLength: 3 }),
          timedParagraphs: options.timed ? fc.array(fc.array(timedPieceArb(style), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }) : fc.constant<TimedPiece[][]>([]),
          eventTime: options.timed ? fc.integer({ min: 100, max: 5000 }) : fc.constant(0),
          gap: fc.integer({ min: 0, max: 30_000 }),
          length: fc.integer({ min: 500, max: 60_000 }),
          timed: fc.boolean(),
          between: blocks
            ? fc.oneof(
                { weight: 6, arbitrary: fc.constant(null) },
                { weight: 1, arbitrary: eventArb },
                { weight: 1, arbitrary: fc.option(sentenceArb(style, 4), { nil: undefined }).map((title) => (title === undefined ? { type: 'break' as const } : { type: 'break' as const, title })) },
              )
            : fc.constant(null),
          data: withData ? fc.option(dataArb, { nil: undefined }) : fc.constant(undefined),
        }),
        { minLength: 0, maxLength: maxTurns },
      ),
    })
    .map(({ meta, seeds, turns }) => {
      const taken = new Set<string>()
      const speakers: Speaker[] = seeds.map((seed) => {
        const id = slugifyId(seed.name, taken)
        taken.add(id)
        const speaker: Speaker = { id, name: seed.name, role: seed.role, aliases: labelsFor(seed), group: seed.group }
        if (seed.title) speaker.title = seed.title
        if (seed.affiliation) speaker.affiliation = seed.affiliation
        return speaker
      })
      const children: Block[] = []
      let clock = 0
      for (const draft of turns) {
        if (draft.between?.type === 'event' && options.timed) {
          children.push({ ...draft.between, time: { start: clock / 1000, end: (clock + draft.eventTime) / 1000, source: 'source' } })
          clock += draft.eventTime
        } else if (draft.between) children.push({ ...draft.between } as Block)
        const speaker = speakers.length > 0 && !draft.unattributed ? speakers[draft.who % speakers.length]! : undefined
        const turn: Turn = {
          type: 'turn',
          speaker: speaker ? speaker.id : null,
          label: speaker ? speaker.aliases[draft.labelChoice % speaker.aliases.length]! : null,
          interpreted: draft.interpreted,
          children: draft.paragraphs,
        }
        clock += draft.gap
        if (options.timed) {
          const start = clock
          turn.children = draft.timedParagraphs.map((pieces) => {
            const made = timedParagraph(pieces, clock)
            clock = made.clock
            return made.paragraph
          })
          turn.time = { start: start / 1000, end: (clock + draft.length / 10) / 1000, source: 'source' }
          clock += draft.length / 10
        } else {
          if (times === 'always' || (times === 'mixed' && draft.timed)) {
            turn.time = { start: clock / 1000, end: (clock + draft.length) / 1000, source: 'source' }
          }
          clock += draft.length
        }
        if (draft.data) turn.data = draft.data
        children.push(turn)
      }
      const transcript: Transcript = { type: 'transcript', version: MODEL_VERSION, meta, speakers, children }
      return transcript
    })
}
