/**
 * Deepgram pre-recorded responses: `results.channels[].alternatives[]` with `words` (`word`,
 * `punctuated_word`, `speaker`, `confidence`) and `paragraphs` (of `sentences`), and
 * `results.utterances`. Segments are the paragraphs' sentences where there are paragraphs, else
 * the utterances, else sentences cut from the words.
 */
import type { Metadata } from '@verbatim/core'
import { addWord, speakerName, type Unit } from './build.js'
import { at, isConfidence, isRecord, isSeconds, type ReadContext, type Path } from './read-context.js'
import { sentenceUnits, spanAt, type Span, type SpeakerWord } from './units.js'
import { DEEPGRAM } from './keys.js'

export function deepgramUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const results = isRecord(json.results) ? json.results : {}
  const channels = Array.isArray(results.channels) ? results.channels : []
  const channel = isRecord(channels[0]) ? channels[0] : {}
  const alternatives = Array.isArray(channel.alternatives) ? channel.alternatives : []
  const alternative = isRecord(alternatives[0]) ? alternatives[0] : {}
  const path = 'results.channels[0].alternatives[0]'
  const words: unknown[] = Array.isArray(alternative.words) ? alternative.words : []
  const paragraphs = isRecord(alternative.paragraphs) && Array.isArray(alternative.paragraphs.paragraphs) ? alternative.paragraphs.paragraphs : undefined
  // The utterances are read only where they are used: a response parsed from text has them parsed then (`deepgram-text.ts`).
  const utterances = (): unknown[] | undefined => (Array.isArray(results.utterances) ? results.utterances : undefined)
  if (channels.length > 1 && !utterances()) context.note(`Only the first of ${channels.length} channels is read (ask Deepgram for utterances to get every channel)`, 'channels-not-read', 'results.channels', 'warning')
  if (alternatives.length > 1) context.note(`Only the first of ${alternatives.length} alternatives (transcription hypotheses) is read`, 'alternatives-not-read', 'results.channels[0].alternatives', 'info')
  keepDocumentKeys(json, results, channel, alternative, context)
  if (words.length > 0 && isRecord(words[0])) context.reportUnknown(words[0], DEEPGRAM.word, `${path}.words[]`, at(at(path, 'words'), 0))
  let units: Unit[]
  // Several channels: the utterances hold every channel's speech, the paragraphs only the first's.
  if (paragraphs && paragraphs.length > 0 && !(channels.length > 1 && utterances()?.length)) units = wordsIntoSentences(sentenceSpans(paragraphs, at(at(path, 'paragraphs'), 'paragraphs'), context), words, at(path, 'words'), context)
  else if (utterances()?.length) units = utteranceUnits(utterances()!, channels.length > 1, context)
  else units = sentenceUnits(deepgramWords(words, at(path, 'words'), context), at(path, 'words'))
  const meta = deepgramMeta(json, context)
  if (typeof channel.detected_language === 'string') meta.languages = [channel.detected_language]
  const summary = isRecord(results.summary) ? results.summary.short : undefined
  if (typeof summary === 'string' && summary.trim() !== '') {
    meta.description = summary.trim()
    delete context.kept['results.summary']
  }
  return { units, meta }
}

/** The keys of the response's single objects that the reader does not read, kept (`data.stt`); Deepgram's warnings reported. */
function keepDocumentKeys(json: Record<string, unknown>, results: Record<string, unknown>, channel: Record<string, unknown>, alternative: Record<string, unknown>, context: ReadContext): void {
  context.keepUnknown(json, DEEPGRAM.response, '')
  const metadata = isRecord(json.metadata) ? json.metadata : {}
  context.keepUnknown(metadata, DEEPGRAM.metadata, 'metadata')
  const warnings = Array.isArray(metadata.warnings) ? metadata.warnings : []
  warnings.forEach((warning: unknown, index) => {
    const said = isRecord(warning) ? [warning.parameter, warning.type, warning.message].filter((part) => typeof part === 'string').join(': ') : JSON.stringify(warning)
    context.note(`Deepgram warns: ${said}`, 'service-warning', at('metadata.warnings', index), 'warning')
  })
  context.keepUnknown(results, DEEPGRAM.results, 'results')
  context.keepUnknown(channel, DEEPGRAM.channel, 'results.channels[0]')
  context.keepUnknown(alternative, DEEPGRAM.alternative, 'results.channels[0].alternatives[0]')
  if (isRecord(alternative.paragraphs)) context.keepUnknown(alternative.paragraphs, DEEPGRAM.paragraphs, 'results.channels[0].alternatives[0].paragraphs')
}

/**
 * The words into the paragraphs' sentences by start time (`spanAt`, as `wordsIntoSpans` does),
 * each made its node at once: nothing else is made per word.
 */
function wordsIntoSentences(spans: readonly Span[], words: unknown[], path: Path, context: ReadContext): Unit[] {
  const units: Unit[] = spans.map((span) => ({ start: span.start, end: span.end, speaker: span.speaker, words: [], path: span.path, paragraph: span.paragraph, nodes: [], wordStart: undefined, wordEnd: undefined, wordCount: 0 }))
  if (units.length === 0) return units
  let index = 0
  for (let w = 0; w < words.length; w++) {
    if (!readWord(words[w], path, w, context)) continue
    index = spanAt(spans, index, read.start)
    addWord(units[index]!, read.value, read.start, read.end, read.confidence, false, context, path, w)
  }
  return units
}

/** The word `readWord` read last (one object for all: nothing is made per word but its node). */
const read: { value: string; start: number | undefined; end: number | undefined; confidence: number | undefined } = { value: '', start: undefined, end: undefined, confidence: undefined }

/** Reads a Deepgram word into `read`; false, with a message, when it is no word. */
function readWord(word: unknown, path: Path, index: number, context: ReadContext): boolean {
  if (!isRecord(word)) {
    context.report('A word is not an object; skipped', 'invalid-word', at(path, index), { actual: word })
    return false
  }
  const value = typeof word.punctuated_word === 'string' ? word.punctuated_word : typeof word.word === 'string' ? word.word : undefined
  if (value === undefined) {
    context.report('A word has no text; skipped', 'invalid-word', at(path, index), { actual: word.word })
    return false
  }
  read.value = value
  const { start, end, confidence } = word
  // Valid values (nearly every word): nothing to report, so no JSON path is made.
  if (isSeconds(start) && isSeconds(end) && (confidence === undefined || isConfidence(confidence))) {
    read.start = start
    read.end = end
    read.confidence = confidence
    return true
  }
  const wordPath = at(path, index)
  read.start = context.timeAt(word, 'start', wordPath)
  read.end = context.timeAt(word, 'end', wordPath)
  read.confidence = context.confidenceAt(word, 'confidence', wordPath)
  return true
}

function deepgramWords(words: unknown[], path: Path, context: ReadContext): SpeakerWord[] {
  const out: SpeakerWord[] = []
  for (let index = 0; index < words.length; index++) {
    const word: unknown = words[index]
    if (!isRecord(word)) {
      context.report('A word is not an object; skipped', 'invalid-word', at(path, index), { actual: word })
      continue
    }
    const value = typeof word.punctuated_word === 'string' ? word.punctuated_word : typeof word.word === 'string' ? word.word : undefined
    if (value === undefined) {
      context.report('A word has no text; skipped', 'invalid-word', at(path, index), { actual: word.word })
      continue
    }
    const speaker = typeof word.speaker === 'number' || typeof word.speaker === 'string' ? String(word.speaker) : undefined
    const { start, end, confidence } = word
    // Valid values (nearly every word): nothing to report, so no JSON path is made.
    if (isSeconds(start) && isSeconds(end) && (confidence === undefined || isConfidence(confidence))) {
      out.push(new DeepgramWord(value, start, end, confidence, speaker, path, index))
      continue
    }
    const wordPath = at(path, index)
    out.push(new DeepgramWord(value, context.timeAt(word, 'start', wordPath), context.timeAt(word, 'end', wordPath), context.confidenceAt(word, 'confidence', wordPath), speaker, path, index))
  }
  return out
}


/** A Deepgram word, its JSON path made only when a message asks for it (a response holds every word twice; few are ever reported). */
class DeepgramWord implements SpeakerWord {
  constructor(
    readonly value: string,
    readonly start: number | undefined,
    readonly end: number | undefined,
    readonly confidence: number | undefined,
    readonly speaker: string | undefined,
    private readonly parent: Path,
    private readonly index: number,
  ) {}

  get path(): Path {
    return at(this.parent, this.index)
  }
}

const PARAGRAPHS = 'results.channels[0].alternatives[0].paragraphs.paragraphs'

/** Every sentence of every paragraph, the first of each starting a paragraph. */
function sentenceSpans(paragraphs: unknown[], path: Path, context: ReadContext): Span[] {
  const spans: Span[] = []
  paragraphs.forEach((paragraph: unknown, p) => {
    const paragraphPath = at(path, p)
    if (!isRecord(paragraph) || !Array.isArray(paragraph.sentences)) return context.report('A paragraph has no sentences; skipped', 'invalid-paragraph', paragraphPath)
    context.reportUnknown(paragraph, DEEPGRAM.paragraph, `${PARAGRAPHS}[]`, paragraphPath)
    const speaker = typeof paragraph.speaker === 'number' || typeof paragraph.speaker === 'string' ? String(paragraph.speaker) : undefined
    paragraph.sentences.forEach((sentence: unknown, s) => {
      const sentencePath = at(at(paragraphPath, 'sentences'), s)
      if (!isRecord(sentence)) return context.report('A sentence is not an object; skipped', 'invalid-segment', sentencePath)
      context.reportUnknown(sentence, DEEPGRAM.sentence, `${PARAGRAPHS}[].sentences[]`, sentencePath)
      spans.push({ start: context.timeAt(sentence, 'start', sentencePath), end: context.timeAt(sentence, 'end', sentencePath), speaker, path: sentencePath, paragraph: s === 0 })
    })
  })
  return spans
}

/**
 * Several channels (a call recorded one party per channel): the channel is part of the speaker,
 * `Channel 2` (or `Channel 2, speaker 1` where Deepgram also diarized), as speaker 0 of one
 * channel is not speaker 0 of another.
 */
function channelSpeaker(utterance: Record<string, unknown>, speaker: string | undefined): string | undefined {
  if (typeof utterance.channel !== 'number') return speaker
  const channel = `Channel ${utterance.channel + 1}`
  return speaker === undefined ? channel : `${channel}, ${speakerName(speaker).replace(/^Speaker/, 'speaker')}`
}

function utteranceUnits(utterances: unknown[], multichannel: boolean, context: ReadContext): Unit[] {
  const units: Unit[] = []
  utterances.forEach((utterance: unknown, index) => {
    const path = at('results.utterances', index)
    if (!isRecord(utterance)) return context.report('An utterance is not an object; skipped', 'invalid-segment', path)
    context.reportUnknown(utterance, DEEPGRAM.utterance, 'results.utterances[]', path)
    const said = typeof utterance.speaker === 'number' || typeof utterance.speaker === 'string' ? String(utterance.speaker) : undefined
    const speaker = multichannel ? channelSpeaker(utterance, said) : said
    units.push({
      start: context.timeAt(utterance, 'start', path),
      end: context.timeAt(utterance, 'end', path),
      speaker,
      words: [],
      ...(typeof utterance.transcript === 'string' ? { text: utterance.transcript } : {}),
      path,
      nodes: [],
      wordStart: undefined,
      wordEnd: undefined,
      wordCount: 0,
    })
    const unit = units[units.length - 1]!
    const words: unknown[] = Array.isArray(utterance.words) ? utterance.words : []
    const wordsPath = at(path, 'words')
    if (isRecord(words[0])) context.reportUnknown(words[0], DEEPGRAM.word, 'results.utterances[].words[]', at(wordsPath, 0))
    for (let w = 0; w < words.length; w++) if (readWord(words[w], wordsPath, w, context)) addWord(unit, read.value, read.start, read.end, read.confidence, false, context, wordsPath, w)
  })
  return units
}

function deepgramMeta(json: Record<string, unknown>, context: ReadContext): Metadata {
  const meta: Metadata = {}
  const extra: Record<string, string> = { 'stt-service': 'deepgram' }
  const metadata = isRecord(json.metadata) ? json.metadata : {}
  const duration = metadata.duration === undefined ? undefined : context.time(metadata.duration, 'metadata.duration')
  if (duration !== undefined) meta.media = { duration }
  const models = isRecord(metadata.model_info) ? Object.values(metadata.model_info).filter(isRecord) : []
  const names = models.map((model) => [model.arch, model.name, model.version].filter((part) => typeof part === 'string').join(' ')).filter((name) => name !== '')
  if (names.length > 0) extra['stt-model'] = names.join(', ')
  if (typeof metadata.request_id === 'string') extra['stt-request-id'] = metadata.request_id
  if (typeof metadata.created === 'string') extra['stt-created'] = metadata.created
  meta.extra = extra
  return meta
}
