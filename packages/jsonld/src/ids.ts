/**
 * Node ids. Every node a reader or a search engine may want to point at gets an IRI, so that
 * the document keeps its links when jsonld.js flattens it (blank node labels are renamed by
 * flattening; IRIs are not). With a `baseIri` the ids are `<baseIri>#turn-3`; without one they
 * are `urn:uuid:` URNs (RFC 9562 version 8, derived from the transcript's content) so that the
 * same transcript always gets the same ids and different transcripts do not share them.
 */
import { toString, type Transcript } from '@verbatim/core'
import { Hash128 } from './hash.js'

const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`#]*$/

/** Throws a TypeError unless `base` is an absolute IRI without a fragment. */
export function checkBaseIri(base: string): string {
  if (!ABSOLUTE_IRI.test(base)) {
    throw new TypeError(
      `baseIri must be an absolute IRI without a fragment or spaces (such as https://example.org/transcripts/42), found ${JSON.stringify(base)}`,
    )
  }
  return base
}

/** How much speech text the default id hashes (beyond it, only lengths and counts). */
const HASHED_TEXT = 64 * 1024

/**
 * A deterministic `urn:uuid:` for a transcript: a hash of its metadata, speakers, block count,
 * total text length and first 64 KiB of text. Hashing all the text would cost as much as
 * writing it; two transcripts that agree on all of this are versions of the same one.
 */
export function contentUrn(transcript: Transcript): string {
  const hash = new Hash128()
  const meta = transcript.meta
  hash.update(meta.title ?? '').update(meta.subtitle ?? '').update(meta.date ?? '').update(meta.place ?? '').update(meta.source?.url ?? '')
  for (const speaker of transcript.speakers) hash.update(speaker.id).update(speaker.name)
  let hashed = 0
  let total = 0
  const take = (text: string) => {
    total += text.length
    if (hashed < HASHED_TEXT) {
      hash.update(text.length > HASHED_TEXT - hashed ? text.slice(0, HASHED_TEXT - hashed) : text)
      hashed += text.length
    }
  }
  for (const block of transcript.children) {
    if (block.type === 'event') take(block.value)
    else if (block.type === 'break') take(block.title ?? '\u0000break')
    else {
      take(block.speaker ?? '\u0000')
      take(block.label ?? '\u0000')
      for (const paragraph of block.children) for (const inline of paragraph.children) take(toString(inline))
    }
  }
  hash.update(String(transcript.children.length)).update(String(total))
  const hex = hash.digest()
  // Version 8 (custom) and the RFC 9562 variant bits, so the value is a well-formed UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Mints the ids of one document. */
export class IdMinter {
  constructor(readonly root: string) {}

  private fragment(name: string): string {
    return `${this.root}#${name}`
  }

  turn(position: number): string {
    return this.fragment(`turn-${position}`)
  }

  event(position: number): string {
    return this.fragment(`event-${position}`)
  }

  sectionBreak(position: number): string {
    return this.fragment(`break-${position}`)
  }

  /** Speaker IRIs are asked for once per turn; made once per speaker. */
  private readonly speakers = new Map<string, string>()

  speaker(id: string): string {
    let iri = this.speakers.get(id)
    if (iri === undefined) this.speakers.set(id, (iri = this.fragment(`speaker-${encodeURIComponent(id)}`)))
    return iri
  }

  occasion(): string {
    return this.fragment('occasion')
  }

  place(): string {
    return this.fragment('place')
  }

  source(): string {
    return this.fragment('source')
  }

  media(): string {
    return this.fragment('media')
  }
}

/** The speaker id in a Verbatim speaker IRI (`...#speaker-ash-carter`), if it is one. */
export function speakerIdFromIri(iri: string): string | undefined {
  const match = /#speaker-([^#]+)$/.exec(iri)
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return undefined
  }
}
