/**
 * Times of nodes (model 1.1): what the source says (`timeSpan`), and one estimate shared by every
 * writer that needs a time for everything (`estimateTimes`, `eachEstimatedTime`).
 *
 * The estimate works on a flat chain of positions in document order: every node with children
 * (transcript, turn, paragraph, segment) has an opening and a closing position around its
 * children; every leaf (text, word, event) has a start and an end position. Positions where the
 * tree has a time (`time.start` of a node's opening, `time.end` of its closing) are anchors and
 * are never moved. Between two anchors the unknown positions are placed by speaking time:
 * a leaf's start-to-end step lasts its speech at `charactersPerSecond` (or `wordsPerSecond`);
 * every other step lasts nothing. When the gap between the anchors is shorter than that speech,
 * or at most `maxStretch` times longer, the speech is scaled to fill it exactly; when the gap is
 * longer, speech goes at the normal rate and the rest of the gap is silence, put at the last
 * place in the run where one node closes and the next opens (between two words, two turns);
 * when there is none, before the run if it only opens nodes (an untimed turn starts where its
 * first timed segment does), else at its end.
 * Estimated times never go back: each is at least every time before it in the chain (source
 * times that go back, such as overlapping turns, stay as they are; estimates after them start
 * from the latest time seen). The chain is built and resolved in one linear pass each, with
 * loops over the fixed levels of the model, never recursion.
 */
import type { Node, Paragraph, Phrasing, TimeSource, Timing, Transcript } from './types.js'

/** A time span from the tree itself: `start`, and `end` when the tree says it. */
export type TimeSpan = Timing

/** Children of a node, or undefined for leaves. */
function childrenOf(node: Node): readonly Node[] | undefined {
  return 'children' in node && Array.isArray(node.children) ? (node.children as readonly Node[]) : undefined
}

/**
 * True for the leaves the chain knows. Nodes of a newer model version (kept by
 * `validateTranscript` in a newer-minor document) are not timed: every walk below skips them.
 */
function isLeaf(node: { type: string }): node is Phrasing {
  return node.type === 'text' || node.type === 'word' || node.type === 'event'
}

function ownTime(node: Node): Timing | undefined {
  return node.type === 'turn' || node.type === 'segment' || node.type === 'word' || node.type === 'event' ? node.time : undefined
}

/**
 * The first (or, with `fromEnd`, the last) descendant of `node` that has a time of its own, in
 * document order, not looking inside nodes that have one. Iterative: a stack of child lists.
 */
function timedDescendant(node: Node, fromEnd: boolean): Timing | undefined {
  const top = childrenOf(node)
  if (!top) return undefined
  const lists: (readonly Node[])[] = [top]
  const indexes: number[] = [fromEnd ? top.length - 1 : 0]
  while (lists.length > 0) {
    const depth = lists.length - 1
    const list = lists[depth]!
    const index = indexes[depth]!
    if (index < 0 || index >= list.length) {
      lists.pop()
      indexes.pop()
      continue
    }
    indexes[depth] = fromEnd ? index - 1 : index + 1
    const child = list[index]!
    const time = ownTime(child)
    if (time) return time
    const children = childrenOf(child)
    if (children && children.length > 0) {
      lists.push(children)
      indexes.push(fromEnd ? children.length - 1 : 0)
    }
  }
  return undefined
}

/**
 * The time span of any node from the tree alone, without estimating: its own `time` when it has
 * one (a turn with a start but no end takes the end of its last timed descendant, when that has
 * one); otherwise the start of its first timed descendant and the end of its last (the end is
 * left out when that last one has none). `undefined` when neither the node nor anything in it is
 * timed (text, breaks, untimed turns). `source` is `'source'` only when every time used was.
 * Cost: the node's own time, or a walk that stops at the first timed node from each side.
 */
export function timeSpan(node: Node): TimeSpan | undefined {
  const own = ownTime(node)
  if (own && own.end !== undefined) return own
  const first = own ?? timedDescendant(node, false)
  if (!first) return undefined
  const last = timedDescendant(node, true)
  const end = last?.end
  if (last === undefined || end === undefined || end < first.start) return own ?? { start: first.start, source: first.source }
  return { start: first.start, end, source: first.source === 'source' && last.source === 'source' ? 'source' : 'estimated' }
}

/** A node's time after estimation: always a start and an end, each saying where it came from. */
export interface EstimatedTime {
  start: number
  end: number
  /** `'source'` when both the start and the end came from the tree, else `'estimated'`. */
  source: TimeSource
  /** Where the start came from: the tree (`'source'`, or `'estimated'` when the tree marked it so) or this estimate. */
  startSource: TimeSource
  endSource: TimeSource
}

export interface EstimateOptions {
  /** Speaking rate in characters per second, white space not counted (default 15). */
  charactersPerSecond?: number
  /** Speaking rate in words per second; when given, used instead of `charactersPerSecond`. */
  wordsPerSecond?: number
  /** How much longer than its speaking time a stretch between two known times may be drawn out to fill it (default 2). */
  maxStretch?: number
}

/** Every node `estimateTimes` gives a time to. */
export type TimedNode = Exclude<Node, { type: 'break' }>

/** Anchor kinds: no time, a time from the tree marked `source`, a time from the tree marked `estimated`. */
const UNKNOWN = 0
const FROM_SOURCE = 1
const FROM_TREE_ESTIMATED = 2

const OPEN = 1
const CLOSE = 0

/** The chain of positions: times (NaN where unknown), how they are known, step durations. */
class Chain {
  declare times_: Float64Array
  declare known_: Uint8Array
  declare kinds_: Uint8Array
  /** Seconds from position k to k + 1. */
  declare steps_: Float64Array
  length_ = 0
  constructor(capacity: number) {
    this.times_ = new Float64Array(capacity)
    this.known_ = new Uint8Array(capacity)
    this.kinds_ = new Uint8Array(capacity)
    this.steps_ = new Float64Array(capacity)
  }
  push_(kind: number, time: number | undefined, source: TimeSource | undefined): number {
    const at = this.length_++
    this.kinds_[at] = kind
    if (time === undefined) {
      this.times_[at] = NaN
      this.known_[at] = UNKNOWN
    } else {
      this.times_[at] = time
      this.known_[at] = source === 'estimated' ? FROM_TREE_ESTIMATED : FROM_SOURCE
    }
    return at
  }
}

/** How many positions the chain of `transcript` has (two per node, breaks excepted). */
function countPositions(transcript: Transcript): number {
  let count = 2
  for (const block of transcript.children) {
    if (block.type !== 'turn') {
      if (block.type === 'event') count += 2
      continue
    }
    count += 2
    for (const paragraph of block.children) {
      if (paragraph.type !== 'paragraph') continue
      count += 2 + 2 * paragraph.children.length
      for (const inline of paragraph.children) if (inline.type === 'segment') count += 2 * inline.children.length
    }
  }
  return count
}

type Duration = (value: string) => number

/**
 * The speaking time the estimate gives the text of one leaf (a text, word or event value), in
 * seconds, at the rate `options` set. Where a transcript has no time at all, the estimate of every
 * node is the sum of these over the leaves before it (its start) and up to its end: a writer that
 * needs only a few nodes' times can add them up as it walks, without `eachEstimatedTime`.
 */
export function speakingTime(options: EstimateOptions = {}): Duration {
  if (options.wordsPerSecond !== undefined) {
    const perWord = 1 / Math.max(options.wordsPerSecond, 1e-9)
    return (value) => countRuns(value).words_ * perWord
  }
  const perCharacter = 1 / Math.max(options.charactersPerSecond ?? 15, 1e-9)
  return (value) => countRuns(value).characters_ * perCharacter
}

const RUNS = { words_: 0, characters_: 0 }

/**
 * What `/\s/` matches above ASCII, by code unit (no one-character string and regular expression
 * per character): no-break space, ogham space, the spaces U+2000-U+200A, line and paragraph
 * separators, narrow no-break, medium mathematical and ideographic spaces, and the byte order mark.
 */
function isWideSpace(code: number): boolean {
  if (code < 0x2000) return code === 0xa0 || code === 0x1680
  if (code <= 0x200a) return true
  return code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Words and non-white-space characters (UTF-16 code units) of a string, in a shared record. */
function countRuns(text: string): { words_: number; characters_: number } {
  let words = 0
  let characters = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && isWideSpace(code))
    if (space) inWord = false
    else {
      characters++
      if (!inWord) {
        inWord = true
        words++
      }
    }
  }
  RUNS.words_ = words
  RUNS.characters_ = characters
  return RUNS
}

function pushLeaf(chain: Chain, leaf: Phrasing, duration: Duration): void {
  const time = leaf.type === 'text' ? undefined : leaf.time
  const at = chain.push_(OPEN, time?.start, time?.source)
  chain.steps_[at] = duration(leaf.value)
  chain.push_(CLOSE, time?.end, time?.source)
}

/**
 * Build the chain. `closes` gets the closing position of every parent (transcript, turn,
 * paragraph, segment) in the order the parents open, so the second walk finds them in turn.
 */
function buildChain(transcript: Transcript, duration: Duration): { chain_: Chain; closes_: number[] } {
  const chain = new Chain(countPositions(transcript))
  const closes: number[] = [0]
  chain.push_(OPEN, undefined, undefined)
  for (const block of transcript.children) {
    if (block.type === 'event') pushLeaf(chain, block, duration)
    if (block.type !== 'turn') continue
    const turnSlot = closes.push(0) - 1
    chain.push_(OPEN, block.time?.start, block.time?.source)
    for (const paragraph of block.children) {
      if (paragraph.type !== 'paragraph') continue
      const paragraphSlot = closes.push(0) - 1
      chain.push_(OPEN, undefined, undefined)
      pushInlines(chain, paragraph, duration, closes)
      closes[paragraphSlot] = chain.push_(CLOSE, undefined, undefined)
    }
    closes[turnSlot] = chain.push_(CLOSE, block.time?.end, block.time?.source)
  }
  closes[0] = chain.push_(CLOSE, undefined, undefined)
  return { chain_: chain, closes_: closes }
}

function pushInlines(chain: Chain, paragraph: Paragraph, duration: Duration, closes: number[]): void {
  for (const inline of paragraph.children) {
    if (inline.type !== 'segment') {
      if (isLeaf(inline)) pushLeaf(chain, inline, duration)
      continue
    }
    const slot = closes.push(0) - 1
    chain.push_(OPEN, inline.time.start, inline.time.source)
    for (const child of inline.children) if (isLeaf(child)) pushLeaf(chain, child, duration)
    closes[slot] = chain.push_(CLOSE, inline.time.end, inline.time.source)
  }
}

const BEFORE_RUN = -2

/**
 * Where the silence of a run goes: after step k, the last step where a node closes and the next
 * opens; when there is none and the run only opens nodes, before the run (a turn opens where its
 * first timed content starts); otherwise at its end (a node closes where its speech ends).
 */
function silenceAt(kinds: Uint8Array, i: number, j: number, first: number, last: number): number {
  for (let k = last; k >= first; k--) if (kinds[k] === CLOSE && kinds[k + 1] === OPEN) return k
  for (let k = i; k < j; k++) if (kinds[k] !== OPEN) return -1
  return BEFORE_RUN
}

/** Fill every unknown time of the chain (see the module comment). */
function resolveChain(chain: Chain, maxStretch: number): void {
  const { times_: times, known_: known, kinds_: kinds, steps_: steps, length_: length } = chain
  let floor = 0
  let i = 0
  while (i < length) {
    if (known[i] !== UNKNOWN) {
      if (times[i]! > floor) floor = times[i]!
      i++
      continue
    }
    let j = i
    while (j < length && known[j] === UNKNOWN) j++
    // Steps of the run: from position i - 1 (or the floor, at the very start) to j.
    const first = i === 0 ? 0 : i - 1
    const last = j < length ? j - 1 : j - 2
    let speech = 0
    for (let k = first; k <= last; k++) speech += steps[k]!
    let scale = 1
    let slack = 0
    let slackAfter = -1
    if (j < length) {
      const room = times[j]! - floor
      if (room <= 0) scale = 0
      else if (speech > 0 && room <= speech * maxStretch) scale = room / speech
      else {
        slack = room - speech
        slackAfter = silenceAt(kinds, i, j, first, last)
      }
    }
    let clock = floor
    if (slackAfter === BEFORE_RUN) clock += slack
    else if (i > 0) {
      clock += steps[i - 1]! * scale
      if (slackAfter === i - 1) clock += slack
    }
    for (let k = i; k < j; k++) {
      times[k] = clock
      clock += steps[k]! * scale
      if (k === slackAfter) clock += slack
    }
    floor = times[j - 1]!
    i = j
  }
}

/** The position's source, for output. */
function sourceAt(chain: Chain, at: number): TimeSource {
  return chain.known_[at] === FROM_SOURCE ? 'source' : 'estimated'
}

function timeAt(chain: Chain, open: number, close: number): EstimatedTime {
  const startSource = sourceAt(chain, open)
  const endSource = sourceAt(chain, close)
  return {
    start: chain.times_[open]!,
    end: chain.times_[close]!,
    source: startSource === 'source' && endSource === 'source' ? 'source' : 'estimated',
    startSource,
    endSource,
  }
}

/**
 * Call `callback` with the estimated time of every node of the transcript except breaks, in
 * document order (a parent before its children), without keeping them: for writers of big
 * transcripts. The times are those of `estimateTimes`.
 */
export function eachEstimatedTime(
  transcript: Transcript,
  callback: (node: TimedNode, time: EstimatedTime) => void,
  options: EstimateOptions = {},
): void {
  const { chain_: chain, closes_: closes } = buildChain(transcript, speakingTime(options))
  resolveChain(chain, Math.max(1, options.maxStretch ?? 2))
  // Walk again in the same order: openings are counted, closings come from `closes`.
  let at = 0
  let parent = 0
  const parentOrder = closes
  callback(transcript, timeAt(chain, at++, parentOrder[parent++]!))
  const leaf = (node: Phrasing): void => {
    callback(node, timeAt(chain, at, at + 1))
    at += 2
  }
  for (const block of transcript.children) {
    if (block.type === 'event') leaf(block)
    if (block.type !== 'turn') continue
    callback(block, timeAt(chain, at++, parentOrder[parent++]!))
    for (const paragraph of block.children) {
      if (paragraph.type !== 'paragraph') continue
      callback(paragraph, timeAt(chain, at++, parentOrder[parent++]!))
      for (const inline of paragraph.children) {
        if (inline.type !== 'segment') {
          if (isLeaf(inline)) leaf(inline)
          continue
        }
        callback(inline, timeAt(chain, at++, parentOrder[parent++]!))
        for (const child of inline.children) if (isLeaf(child)) leaf(child)
        at++
      }
      at++
    }
    at++
  }
}

/**
 * Times for every node of the transcript except breaks (transcript, turns, paragraphs,
 * segments, text, words, events), estimated where the tree gives none; see the module comment
 * for how. Source times are kept as they are and flagged `'source'`; every writer that needs
 * times uses this, so they all agree. Linear in the size of the transcript.
 */
export function estimateTimes(transcript: Transcript, options: EstimateOptions = {}): Map<TimedNode, EstimatedTime> {
  const map = new Map<TimedNode, EstimatedTime>()
  eachEstimatedTime(transcript, (node, time) => map.set(node, time), options)
  return map
}
