/**
 * Rev.ai transcripts (`GET /jobs/{id}/transcript`, `application/vnd.rev.transcript.v1.0+json`):
 * `monologues`, each with a `speaker` number (and `speaker_name` when set) and `elements` of type
 * `text` (a word with `ts`, `end_ts`, `confidence`), `punct` (punctuation or a space) or `unknown`.
 * Each monologue is a segment and starts a paragraph.
 */
import type { Metadata } from '@verbatim/core'
import type { SttWord, Unit } from './build.js'
import { at, isRecord, type ReadContext, type Path } from './read-context.js'

export function revUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const units: Unit[] = []
  const monologues = Array.isArray(json.monologues) ? json.monologues : []
  monologues.forEach((monologue: unknown, index) => {
    const path = at('monologues', index)
    if (!isRecord(monologue)) return context.report('A monologue is not an object; skipped', 'invalid-segment', path)
    const speaker = typeof monologue.speaker === 'number' || typeof monologue.speaker === 'string' ? String(monologue.speaker) : undefined
    units.push({
      start: undefined,
      end: undefined,
      speaker,
      speakerName: typeof monologue.speaker_name === 'string' && monologue.speaker_name.trim() !== '' ? monologue.speaker_name.trim() : undefined,
      words: revWords(Array.isArray(monologue.elements) ? monologue.elements : [], at(path, 'elements'), context),
      paragraph: true,
      path,
    })
  })
  return { units, meta: { extra: { 'stt-service': 'rev-ai' } } }
}

function revWords(elements: unknown[], path: Path, context: ReadContext): SttWord[] {
  const words: SttWord[] = []
  let spaced = true
  elements.forEach((element: unknown, index) => {
    const elementPath = at(path, index)
    if (!isRecord(element) || typeof element.value !== 'string') return context.report('An element has no value; skipped', 'invalid-word', elementPath)
    if (element.type === 'punct') {
      if (element.value.trim() === '') spaced = true
      else if (words.length > 0) words[words.length - 1]!.value += element.value
      else words.push({ value: element.value, start: undefined, end: undefined, path: elementPath })
      return
    }
    if (element.type === 'unknown') context.report(`An element of type "unknown" is read as a word: ${element.value}`, 'unknown-element', elementPath, { severity: 'info', actual: element.value })
    words.push({
      value: element.value,
      start: context.time(element.ts, at(elementPath, 'ts')),
      end: context.time(element.end_ts, at(elementPath, 'end_ts')),
      confidence: context.confidence(element.confidence, at(elementPath, 'confidence')),
      glue: !spaced && words.length > 0,
      path: elementPath,
    })
    spaced = false
  })
  return words
}
