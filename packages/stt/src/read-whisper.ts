/**
 * Whisper JSON (`--output_format json` of openai-whisper, and the same shape from
 * whisper-ctranslate2, faster-whisper, whisper-timestamped and WhisperX): `segments` with `start`,
 * `end`, `text`, optional `words` (`word` or `text`, `probability`, `confidence` or `score`) and an
 * optional diarized `speaker` (`SPEAKER_00`). Each Whisper segment is one segment.
 */
import type { Metadata } from '@verbatim/core'
import type { SttWord, Unit } from './build.js'
import { at, isRecord, type ReadContext, type Path } from './read-context.js'

export function whisperUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const segments = Array.isArray(json.segments) ? json.segments : []
  const units: Unit[] = []
  segments.forEach((segment: unknown, index) => {
    const path = at('segments', index)
    if (!isRecord(segment)) return context.report('A segment is not an object; skipped', 'invalid-segment', path, { actual: segment })
    const words = Array.isArray(segment.words) ? segment.words : []
    const unit: Unit = {
      start: context.time(segment.start, at(path, 'start')),
      end: context.time(segment.end, at(path, 'end')),
      speaker: label(segment.speaker),
      words: whisperWords(words, at(path, 'words'), context),
      path,
    }
    if (words.length === 0 && typeof segment.text === 'string') unit.text = segment.text
    units.push(unit)
  })
  const meta: Metadata = { extra: { 'stt-service': 'whisper' } }
  if (typeof json.language === 'string' && json.language !== '') meta.languages = [json.language]
  return { units, meta }
}

const label = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)

/** Whisper words carry their leading space (`" Igual"`); whisper-timestamped's do not (each is a word). */
function whisperWords(words: unknown[], path: Path, context: ReadContext): SttWord[] {
  const spaced = words.some((word) => isRecord(word) && typeof word.word === 'string' && word.word.startsWith(' '))
  const out: SttWord[] = []
  words.forEach((word: unknown, index) => {
    const wordPath = at(path, index)
    if (!isRecord(word)) return context.report('A word is not an object; skipped', 'invalid-word', wordPath, { actual: word })
    const raw = typeof word.word === 'string' ? word.word : typeof word.text === 'string' ? word.text : undefined
    if (raw === undefined) return context.report('A word has no text; skipped', 'invalid-word', wordPath, { actual: word.word ?? word.text })
    out.push({
      value: raw.trim(),
      start: context.time(word.start, at(wordPath, 'start')),
      end: context.time(word.end, at(wordPath, 'end')),
      confidence: context.confidence(word.probability ?? word.confidence ?? word.score, wordPath),
      glue: spaced && !raw.startsWith(' ') && out.length > 0,
      path: wordPath,
    })
  })
  return out
}
