/**
 * The part of a transcript WebVTT keeps: in order, who speaks (display name, or null) and each
 * word or event kind. Consecutive turns of one speaker may merge on reading, and paragraphs and
 * the exact event wording are captions' business, so they are not compared.
 */
import { words, toString, type Transcript } from '@verbatim/core'

export type WordEntry = [speaker: string | null, token: string]

export function wordStream(transcript: Transcript): WordEntry[] {
  const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]))
  const out: WordEntry[] = []
  for (const block of transcript.children) {
    if (block.type === 'break') continue
    if (block.type === 'event') {
      out.push([null, `[${block.kind}]`])
      continue
    }
    const speaker = block.speaker === null ? null : (names.get(block.speaker) ?? null)
    for (const paragraph of block.children) {
      // Segments (model 1.1) are the source's timing units: their content is compared, not their bounds.
      for (const node of paragraph.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [inline]))) {
        if (node.type === 'event') out.push([speaker, `[${node.kind}]`])
        else for (const word of words(toString(node))) out.push([speaker, word])
      }
    }
  }
  return out
}
