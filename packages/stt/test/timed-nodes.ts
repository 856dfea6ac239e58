import { visit, type Segment, type Transcript, type Word } from '@verbatim/core'

/** Every word and every segment of a transcript, in document order. */
export function timedNodes(transcript: Transcript): { words: Word[]; segments: Segment[] } {
  const words: Word[] = []
  const segments: Segment[] = []
  visit(transcript, (node) => {
    if (node.type === 'word') words.push(node)
    if (node.type === 'segment') segments.push(node)
  })
  return { words, segments }
}
