/**
 * AssemblyAI transcripts (`GET /v2/transcript/{id}`): `words` and `utterances` (with `speaker`
 * `A`, `B`...), times in milliseconds. Segments are the utterances, else sentences cut from the
 * words.
 */
import type { Metadata } from '@verbatim/core'
import { addWord, type Unit } from './build.js'
import { at, isConfidence, isRecord, isSeconds, type ReadContext, type Path } from './read-context.js'
import { sentenceUnits, type SpeakerWord } from './units.js'
import { ASSEMBLYAI } from './keys.js'

export function assemblyAiUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const utterances = Array.isArray(json.utterances) ? json.utterances : []
  let units: Unit[]
  context.keepUnknown(json, ASSEMBLYAI.response, '')
  if (utterances.length > 0) {
    units = []
    utterances.forEach((utterance: unknown, index) => {
      const path = at('utterances', index)
      if (!isRecord(utterance)) return context.report('An utterance is not an object; skipped', 'invalid-segment', path)
      context.reportUnknown(utterance, ASSEMBLYAI.utterance, 'utterances[]', path)
      const unit: Unit = {
        start: context.time(utterance.start, at(path, 'start'), 1000),
        end: context.time(utterance.end, at(path, 'end'), 1000),
        speaker: speakerOf(utterance.speaker),
        words: [],
        ...(typeof utterance.text === 'string' ? { text: utterance.text } : {}),
        path,
        nodes: [],
        wordStart: undefined,
        wordEnd: undefined,
        wordCount: 0,
      }
      addAssemblyWords(unit, Array.isArray(utterance.words) ? utterance.words : [], at(path, 'words'), context)
      units.push(unit)
    })
  } else {
    units = sentenceUnits(assemblyWords(Array.isArray(json.words) ? json.words : [], 'words', context), 'words')
    if (units.length === 0 && typeof json.text === 'string' && json.text.trim() !== '') {
      context.note('The transcript has text but no words or utterances: its text is kept untimed', 'untimed-segment', 'text', 'warning')
      units.push({ start: undefined, end: undefined, speaker: undefined, words: [], text: json.text, path: 'text' })
    }
  }
  if (typeof json.status === 'string' && json.status !== 'completed') context.note(`The transcript's status is "${json.status}", not "completed"`, 'incomplete-result', 'status', 'warning')
  return { units, meta: assemblyMeta(json, context) }
}

const speakerOf = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)

/** An utterance's words made its nodes (times in milliseconds); a JSON path made only for a message. */
function addAssemblyWords(unit: Unit, words: unknown[], path: Path, context: ReadContext): void {
  if (isRecord(words[0])) context.reportUnknown(words[0], ASSEMBLYAI.word, 'utterances[].words[]', at(path, 0))
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if (!isRecord(word) || typeof word.text !== 'string') {
      context.report('A word has no text; skipped', 'invalid-word', at(path, index), { actual: isRecord(word) ? word.text : word })
      continue
    }
    let { start, end, confidence } = word
    if (isSeconds(start) && isSeconds(end) && (confidence === undefined || confidence === null || isConfidence(confidence))) {
      start /= 1000
      end /= 1000
    } else {
      const wordPath = at(path, index)
      start = context.timeAt(word, 'start', wordPath, 1000)
      end = context.timeAt(word, 'end', wordPath, 1000)
      confidence = context.confidenceAt(word, 'confidence', wordPath)
    }
    addWord(unit, word.text, start as number | undefined, end as number | undefined, (confidence ?? undefined) as number | undefined, false, context, path, index)
  }
}

function assemblyWords(words: unknown[], path: Path, context: ReadContext): SpeakerWord[] {
  const out: SpeakerWord[] = []
  if (isRecord(words[0])) context.reportUnknown(words[0], ASSEMBLYAI.word, 'words[]', at(path, 0))
  words.forEach((word: unknown, index) => {
    const wordPath = at(path, index)
    if (!isRecord(word) || typeof word.text !== 'string') return context.report('A word has no text; skipped', 'invalid-word', wordPath, { actual: isRecord(word) ? word.text : word })
    out.push({
      value: word.text,
      start: context.time(word.start, at(wordPath, 'start'), 1000),
      end: context.time(word.end, at(wordPath, 'end'), 1000),
      confidence: context.confidence(word.confidence, at(wordPath, 'confidence')),
      speaker: speakerOf(word.speaker),
      path: wordPath,
    })
  })
  return out
}

function assemblyMeta(json: Record<string, unknown>, context: ReadContext): Metadata {
  const meta: Metadata = {}
  const extra: Record<string, string> = { 'stt-service': 'assemblyai' }
  const duration = json.audio_duration === undefined || json.audio_duration === null ? undefined : context.time(json.audio_duration, 'audio_duration')
  if (duration !== undefined) meta.media = { duration }
  if (typeof json.audio_url === 'string') meta.media = { ...meta.media, url: json.audio_url }
  if (typeof json.language_code === 'string') meta.languages = [json.language_code.replace(/_/g, '-')]
  const model = [json.speech_model, json.acoustic_model].find((value) => typeof value === 'string')
  if (typeof model === 'string') extra['stt-model'] = model
  if (typeof json.id === 'string') extra['stt-request-id'] = json.id
  if (typeof json.summary === 'string' && json.summary.trim() !== '') {
    meta.description = json.summary.trim()
    delete context.kept.summary
  }
  meta.extra = extra
  return meta
}
