/**
 * One event element -> an event of the model. Verbatim's own TEI: the kind from element and
 * `@type`/`@reason`, the wording from `desc` (or `@rend` of a pause), exactly. Other TEI: the
 * kind from keywords, the wording from `@rend` (ISO 24624 keeps the transcript's own notation
 * there), else the description in brackets, else the type in brackets.
 */
import type { Event, Timing } from '@verbatim/core'
import { firstChild, normalizedText, textContent, type XmlElement } from './dom.js'
import { classifyEvent } from './event-map.js'
import type { ReadContext } from './read-context.js'

/** Wrap a description in brackets unless it already is bracketed (`[laugh]`, `(Laughter.)`). */
export function bracketed(text: string): string {
  return /^[[(].*[\])]$/s.test(text) ? text : `[${text}]`
}

/** An event element as an event of the model, with its time when it has one. */
export function readEvent(ctx: ReadContext, element: XmlElement, time?: Timing): Event {
  const local = element.local
  const typeOrReason = local === 'gap' ? (element.attributes.reason ?? element.attributes.type) : element.attributes.type
  const desc = firstChild(element, 'desc')
  let kind: Event['kind']
  let value: string
  if (ctx.own) {
    kind = classifyEvent(local, typeOrReason, '')
    value = local === 'pause' ? (element.attributes.rend ?? '') : desc ? textContent(desc) : ''
  } else {
    const description = local === 'note' || local === 'writing' ? normalizedText(element) : normalizedText(desc)
    kind = local === 'note' ? 'other' : classifyEvent(local, typeOrReason, description)
    const rend = desc?.attributes.rend ?? element.attributes.rend
    const trimmedRend = rend?.trim()
    value = trimmedRend ? trimmedRend : description ? bracketed(description) : `[${typeOrReason?.trim() || local}]`
  }
  const event: Event = { type: 'event', kind, value, position: ctx.positionOf(element) }
  if (time) event.time = time
  return event
}
