/**
 * Whisper JSON (`--output_format json` of openai-whisper, and the same shape from
 * whisper-ctranslate2, faster-whisper, whisper-timestamped and WhisperX): `segments` with `start`,
 * `end`, `text`, optional `words` (`word` or `text`, `probability`, `confidence` or `score`) and an
 * optional diarized `speaker` (`SPEAKER_00`). Each Whisper segment is one segment.
 */
import type { Metadata } from '@verbatim/core'
import { addWord, type Unit } from './build.js'
import { at, isConfidence, isRecord, isSeconds, type ReadContext, type Path } from './read-context.js'
import { WHISPER } from './keys.js'

export function whisperUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const segments = Array.isArray(json.segments) ? json.segments : []
  const units: Unit[] = []
  context.keepUnknown(json, WHISPER.response, '')
  segments.forEach((segment: unknown, index) => {
    const path = at('segments', index)
    if (!isRecord(segment)) return context.report('A segment is not an object; skipped', 'invalid-segment', path, { actual: segment })
    context.reportUnknown(segment, WHISPER.segment, 'segments[]', path)
    const words: unknown[] = Array.isArray(segment.words) ? segment.words : []
    if (isRecord(words[0])) context.reportUnknown(words[0], WHISPER.word, 'segments[].words[]', at(at(path, 'words'), 0))
    const unit: Unit = {
      start: context.time(segment.start, at(path, 'start')),
      end: context.time(segment.end, at(path, 'end')),
      speaker: label(segment.speaker),
      words: [],
      path,
      nodes: [],
      wordStart: undefined,
      wordEnd: undefined,
      wordCount: 0,
    }
    addWhisperWords(unit, words, at(path, 'words'), context)
    if (words.length === 0 && typeof segment.text === 'string') unit.text = segment.text
    units.push(unit)
    // Read: the segment can be collected while the transcript grows (JSON parsed here only).
    if (context.ownsJson) segments[index] = undefined
  })
  const meta: Metadata = { extra: { 'stt-service': 'whisper' } }
  if (typeof json.language === 'string' && json.language !== '') meta.languages = [json.language]
  return { units, meta }
}

const label = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)

/**
 * The words of a segment made its nodes. Whisper words carry their leading space (`" Igual"`),
 * and a token without one continues the word before (glued); whisper-timestamped's carry none
 * (each is a word).
 */
function addWhisperWords(unit: Unit, words: unknown[], path: Path, context: ReadContext): void {
  const spaced = words.some((word) => isRecord(word) && typeof word.word === 'string' && word.word.startsWith(' '))
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if (!isRecord(word)) {
      context.report('A word is not an object; skipped', 'invalid-word', at(path, index), { actual: word })
      continue
    }
    const raw = typeof word.word === 'string' ? word.word : typeof word.text === 'string' ? word.text : undefined
    if (raw === undefined) {
      context.report('A word has no text; skipped', 'invalid-word', at(path, index), { actual: word.word ?? word.text })
      continue
    }
    let { start, end } = word
    let confidence = word.probability ?? word.confidence ?? word.score
    // Valid values (nearly every word): nothing to report, so no JSON path is made.
    if (!isSeconds(start) || !isSeconds(end) || !(confidence === undefined || confidence === null || isConfidence(confidence))) {
      const wordPath = at(path, index)
      start = context.timeAt(word, 'start', wordPath)
      end = context.timeAt(word, 'end', wordPath)
      confidence = context.confidence(confidence, wordPath)
    }
    const glue = spaced && raw.charCodeAt(0) !== 0x20
    addWord(unit, raw.trim(), start as number | undefined, end as number | undefined, (confidence ?? undefined) as number | undefined, glue, context, path, index)
  }
}
