/**
 * Places for the model's own checks (`checkTranscript`), which name a place in the tree
 * (`children[3].speaker`, `speakers[1].id`) rather than in the document: each gets the
 * position of the node it is about, which the reader took from the document.
 */
import type { Position, Transcript, VerbatimMessage } from '@verbatim/core'

const NODE = /^(children|speakers)\[(\d+)\]/

function positionAt(transcript: Transcript, path: string): Position | undefined {
  const match = NODE.exec(path)
  if (!match) return path === 'version' || path === '(root)' ? transcript.position : undefined
  const nodes: readonly { position?: Position }[] = match[1] === 'children' ? transcript.children : transcript.speakers
  return nodes[Number(match[2])]?.position
}

export function placeMessages(transcript: Transcript, messages: VerbatimMessage[]): VerbatimMessage[] {
  return messages.map((message) => {
    if (message.place || message.path === undefined) return message
    const place = positionAt(transcript, message.path)
    return place ? { ...message, place } : message
  })
}
