/**
 * Rev.ai transcripts (`GET /jobs/{id}/transcript`, `application/vnd.rev.transcript.v1.0+json`):
 * `monologues`, each with a `speaker` number (and `speaker_name` when set) and `elements` of type
 * `text` (a word with `ts`, `end_ts`, `confidence`), `punct` (punctuation or a space) or `unknown`.
 * Each monologue is a segment and starts a paragraph.
 */
import type { Metadata } from '@verbatim/core'
import { addWord, type Unit } from './build.js'
import { at, isConfidence, isRecord, isSeconds, type ReadContext, type Path } from './read-context.js'
import { REV } from './keys.js'

export function revUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const units: Unit[] = []
  const monologues = Array.isArray(json.monologues) ? json.monologues : []
  context.keepUnknown(json, REV.response, '')
  monologues.forEach((monologue: unknown, index) => {
    const path = at('monologues', index)
    if (!isRecord(monologue)) return context.report('A monologue is not an object; skipped', 'invalid-segment', path)
    context.reportUnknown(monologue, REV.monologue, 'monologues[]', path)
    const speaker = typeof monologue.speaker === 'number' || typeof monologue.speaker === 'string' ? String(monologue.speaker) : undefined
    const unit: Unit = {
      start: undefined,
      end: undefined,
      speaker,
      speakerName: typeof monologue.speaker_name === 'string' && monologue.speaker_name.trim() !== '' ? monologue.speaker_name.trim() : undefined,
      words: [],
      paragraph: true,
      path,
      nodes: [],
      wordStart: undefined,
      wordEnd: undefined,
      wordCount: 0,
    }
    addRevWords(unit, Array.isArray(monologue.elements) ? monologue.elements : [], at(path, 'elements'), context)
    units.push(unit)
    // Read: the monologue can be collected while the transcript grows (JSON parsed here only).
    if (context.ownsJson) monologues[index] = undefined
  })
  return { units, meta: { extra: { 'stt-service': 'rev-ai' } } }
}

/**
 * The elements of a monologue made its nodes: `text` (and `unknown`) elements are words;
 * punctuation goes at the end of the word before it, and a space element ends a word (a word
 * after none is glued to the one before).
 */
function addRevWords(unit: Unit, elements: unknown[], path: Path, context: ReadContext): void {
  const nodes = unit.nodes!
  let spaced = true
  // A word read as empty (no node): punctuation after it makes it a word of its own, with its times.
  if (isRecord(elements[0])) context.reportUnknown(elements[0], REV.element, 'monologues[].elements[]', at(path, 0))
  let empty: { start: number | undefined; end: number | undefined; confidence: number | undefined; glue: boolean; index: number } | undefined
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]
    if (!isRecord(element) || typeof element.value !== 'string') {
      context.report('An element has no value; skipped', 'invalid-word', at(path, index))
      continue
    }
    const value = element.value
    if (element.type === 'punct') {
      if (value.trim() === '') spaced = true
      else if (empty) {
        addWord(unit, value, empty.start, empty.end, empty.confidence, empty.glue, context, path, empty.index)
        empty = undefined
      } else if (unit.wordCount! > 0) (nodes[nodes.length - 1] as { value: string }).value += value
      else addWord(unit, value, undefined, undefined, undefined, false, context, path, index)
      continue
    }
    if (element.type === 'unknown') context.report(`An element of type "unknown" is read as a word: ${value}`, 'unknown-element', at(path, index), { severity: 'info', actual: value })
    let { ts: start, end_ts: end, confidence } = element
    // Valid values (nearly every word): nothing to report, so no JSON path is made.
    if (!isSeconds(start) || !isSeconds(end) || !(confidence === undefined || confidence === null || isConfidence(confidence))) {
      const elementPath = at(path, index)
      start = context.timeAt(element, 'ts', elementPath)
      end = context.timeAt(element, 'end_ts', elementPath)
      confidence = context.confidence(confidence, at(elementPath, 'confidence'))
    }
    const glue = !spaced
    empty = value === '' ? { start: start as number | undefined, end: end as number | undefined, confidence: (confidence ?? undefined) as number | undefined, glue, index } : undefined
    addWord(unit, value, start as number | undefined, end as number | undefined, (confidence ?? undefined) as number | undefined, glue, context, path, index)
    spaced = false
  }
}
