/**
 * The real WebVTT validator the issue names: w3c's `webvtt-parser` with the full HTML entity
 * table. Returns its errors (an empty list means valid).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { WebVTTParser } = require('webvtt-parser') as { WebVTTParser: new (entities?: Record<string, string>) => { parse: (input: string, mode: string) => { cues: unknown[]; errors: Array<{ message: string; line: number; col: number }> } } }
const entities = require('webvtt-parser/html-entities.json') as Record<string, string>

export function validateWebVtt(vtt: string): { cues: number; errors: Array<{ message: string; line: number; col: number }> } {
  const result = new WebVTTParser(entities).parse(vtt, 'metadata')
  return { cues: result.cues.length, errors: result.errors }
}
