/**
 * Amazon Transcribe: the classic job output (`results.items` with times and confidences as
 * strings, `results.speaker_labels.segments`, and in newer files `speaker_label` on items and
 * `results.audio_segments`), and Call Analytics output (`Transcript` of turns with
 * `ParticipantRole`, times in milliseconds). Punctuation items have no times: each is put at the
 * end of the word before it, as Transcribe's own transcript text shows it.
 */
import type { Metadata } from '@verbatim/core'
import type { Unit } from './build.js'
import { at, isRecord, type ReadContext, type Path } from './read-context.js'
import { sentenceUnits, wordsIntoSpans, type Span, type SpeakerWord } from './units.js'
import { AWS, AWS_ANALYTICS } from './keys.js'

interface ItemShape {
  type: unknown
  content: unknown
  start: unknown
  end: unknown
  confidence: unknown
  speaker: unknown
}

/** How the items of one kind of output are read: their shape, time unit and keys. */
interface ItemFormat {
  shape: (item: Record<string, unknown>) => ItemShape
  divisor: number
  stringTimes: boolean
  /** The keys an item has (`keys.ts`), and the pattern naming the items in messages. */
  keys: ReadonlySet<string>
  pattern: string
}

/** The keys of the first item (and of its first alternative) that are not read; an item with more than one alternative. */
function checkItemKeys(items: unknown[], path: Path, format: ItemFormat, context: ReadContext): void {
  const first = items[0]
  if (!isRecord(first)) return
  context.reportUnknown(first, format.keys, format.pattern, at(path, 0))
  if (Array.isArray(first.alternatives) && isRecord(first.alternatives[0])) context.reportUnknown(first.alternatives[0], AWS.alternative, `${format.pattern}.alternatives[]`, at(at(at(path, 0), 'alternatives'), 0))
}

/** Items to words, punctuation attached to the word before (or, at the very start, to the word after). */
function itemWords(items: unknown[], path: Path, format: ItemFormat, context: ReadContext): { words: SpeakerWord[]; ids: Map<unknown, SpeakerWord> } {
  const { shape, divisor, stringTimes } = format
  const words: SpeakerWord[] = []
  const ids = new Map<unknown, SpeakerWord>()
  let pending = ''
  checkItemKeys(items, path, format, context)
  items.forEach((raw: unknown, index) => {
    const itemPath = at(path, index)
    if (!isRecord(raw)) return context.report('An item is not an object; skipped', 'invalid-word', itemPath, { actual: raw })
    const item = shape(raw)
    if (Array.isArray(raw.alternatives) && raw.alternatives.length > 1) context.report('Only the first alternative of an item (its best hypothesis) is read', 'alternatives-not-read', at(itemPath, 'alternatives'), { severity: 'info' })
    if (typeof item.content !== 'string') return context.report('An item has no content; skipped', 'invalid-word', itemPath)
    if (item.type === 'punctuation') {
      const previous = words[words.length - 1]
      if (previous) previous.value += item.content
      else pending += item.content
      if (raw.id !== undefined && previous) ids.set(raw.id, previous)
      return
    }
    const word: SpeakerWord = {
      value: pending + item.content,
      start: context.time(item.start, at(itemPath, 'start_time'), divisor, stringTimes),
      end: context.time(item.end, at(itemPath, 'end_time'), divisor, stringTimes),
      confidence: context.confidence(item.confidence, itemPath),
      speaker: typeof item.speaker === 'string' ? item.speaker : undefined,
      path: itemPath,
    }
    pending = ''
    words.push(word)
    if (raw.id !== undefined) ids.set(raw.id, word)
  })
  if (pending !== '') context.report('Punctuation with no word at all is left out', 'invalid-word', path, { actual: pending })
  return { words, ids }
}

const classicShape = (item: Record<string, unknown>): ItemShape => {
  const alternative = Array.isArray(item.alternatives) && isRecord(item.alternatives[0]) ? item.alternatives[0] : {}
  return { type: item.type, content: alternative.content, start: item.start_time, end: item.end_time, confidence: alternative.confidence, speaker: item.speaker_label }
}

export function awsUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const results = isRecord(json.results) ? json.results : {}
  const { words, ids } = itemWords(Array.isArray(results.items) ? results.items : [], 'results.items', CLASSIC, context)
  context.keepUnknown(json, AWS.response, '')
  context.keepUnknown(results, AWS.results, 'results')
  if (isRecord(results.speaker_labels)) context.keepUnknown(results.speaker_labels, AWS.speakerLabels, 'results.speaker_labels')
  const audioSegments = Array.isArray(results.audio_segments) ? results.audio_segments : []
  const labels = isRecord(results.speaker_labels) && Array.isArray(results.speaker_labels.segments) ? results.speaker_labels.segments : []
  let units: Unit[]
  if (audioSegments.length > 0) units = audioSegmentUnits(audioSegments, ids, context)
  else if (labels.length > 0) units = wordsIntoSpans(labelSpans(labels, context), words)
  else units = sentenceUnits(words, 'results.items')
  const meta: Metadata = { extra: { 'stt-service': 'aws-transcribe' } }
  if (typeof json.jobName === 'string') meta.extra!['stt-job'] = json.jobName
  const language = results.language_code ?? json.language_code
  if (typeof language === 'string') meta.languages = [language]
  return { units, meta }
}

function labelSpans(segments: unknown[], context: ReadContext): Span[] {
  const spans: Span[] = []
  segments.forEach((segment: unknown, index) => {
    const path = at('results.speaker_labels.segments', index)
    if (!isRecord(segment)) return context.report('A speaker segment is not an object; skipped', 'invalid-segment', path)
    context.reportUnknown(segment, AWS.labelSegment, 'results.speaker_labels.segments[]', path)
    spans.push({
      start: context.time(segment.start_time, at(path, 'start_time'), 1, true),
      end: context.time(segment.end_time, at(path, 'end_time'), 1, true),
      speaker: typeof segment.speaker_label === 'string' ? segment.speaker_label : undefined,
      path,
    })
  })
  return spans
}

function audioSegmentUnits(segments: unknown[], ids: Map<unknown, SpeakerWord>, context: ReadContext): Unit[] {
  const units: Unit[] = []
  segments.forEach((segment: unknown, index) => {
    const path = at('results.audio_segments', index)
    if (!isRecord(segment)) return context.report('An audio segment is not an object; skipped', 'invalid-segment', path)
    context.reportUnknown(segment, AWS.audioSegment, 'results.audio_segments[]', path)
    const words: SpeakerWord[] = []
    for (const id of Array.isArray(segment.items) ? segment.items : []) {
      const word = ids.get(id)
      if (word && words[words.length - 1] !== word) words.push(word)
    }
    units.push({
      start: context.time(segment.start_time, at(path, 'start_time'), 1, true),
      end: context.time(segment.end_time, at(path, 'end_time'), 1, true),
      speaker: typeof segment.speaker_label === 'string' ? segment.speaker_label : undefined,
      words,
      ...(typeof segment.transcript === 'string' ? { text: segment.transcript } : {}),
      path,
    })
  })
  return units
}

const CLASSIC: ItemFormat = { shape: classicShape, divisor: 1, stringTimes: true, keys: AWS.item, pattern: 'results.items[]' }

const analyticsShape = (item: Record<string, unknown>): ItemShape => ({ type: item.Type, content: item.Content, start: item.BeginOffsetMillis, end: item.EndOffsetMillis, confidence: item.Confidence, speaker: undefined })
const ANALYTICS: ItemFormat = { shape: analyticsShape, divisor: 1000, stringTimes: false, keys: AWS_ANALYTICS.item, pattern: 'Transcript[].Items[]' }

/** Call Analytics: each entry of `Transcript` is a segment of its `ParticipantRole`. */
export function awsAnalyticsUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const units: Unit[] = []
  const entries = Array.isArray(json.Transcript) ? json.Transcript : []
  entries.forEach((entry: unknown, index) => {
    const path = at('Transcript', index)
    if (!isRecord(entry)) return context.report('A transcript entry is not an object; skipped', 'invalid-segment', path)
    context.reportUnknown(entry, AWS_ANALYTICS.entry, 'Transcript[]', path)
    const { words } = itemWords(Array.isArray(entry.Items) ? entry.Items : [], at(path, 'Items'), ANALYTICS, context)
    units.push({
      start: context.time(entry.BeginOffsetMillis, at(path, 'BeginOffsetMillis'), 1000),
      end: context.time(entry.EndOffsetMillis, at(path, 'EndOffsetMillis'), 1000),
      speaker: typeof entry.ParticipantRole === 'string' ? entry.ParticipantRole : undefined,
      words,
      ...(typeof entry.Content === 'string' ? { text: entry.Content } : {}),
      path,
    })
  })
  context.keepUnknown(json, AWS_ANALYTICS.response, '')
  const meta: Metadata = { extra: { 'stt-service': 'aws-transcribe-call-analytics' } }
  if (typeof json.JobName === 'string') meta.extra!['stt-job'] = json.JobName
  if (typeof json.LanguageCode === 'string') meta.languages = [json.LanguageCode]
  const characteristics = isRecord(json.ConversationCharacteristics) ? json.ConversationCharacteristics : {}
  context.keepUnknown(characteristics, AWS_ANALYTICS.characteristics, 'ConversationCharacteristics')
  if (characteristics.TotalConversationDurationMillis !== undefined) {
    const duration = context.time(characteristics.TotalConversationDurationMillis, 'ConversationCharacteristics.TotalConversationDurationMillis', 1000)
    if (duration !== undefined) meta.media = { duration }
  }
  return { units, meta }
}
