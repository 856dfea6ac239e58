/**
 * Reading Verbatim's own timed TEI while it is scanned. toTei writes the header, then the
 * timeline, then the utterances; once the scanner closes the timeline, the header and the times
 * are known, so each `u` can be read into turns as soon as it is closed and its subtree dropped.
 * The tree of a million timed words then never exists whole: only the header, the `div`s, the
 * labels and the emptied `u`s stay until the walk of the body, which takes the turns already read.
 *
 * The output is exactly what reading the whole tree gives: this path is taken only where it
 * cannot differ (the document's own `application`, one TEI root, utterances directly in the body
 * or its `div`s, no message while reading them early, the fast scanner's tree). When something
 * else turns up after it began, it throws `Restart`, and fromTei reads the document again the
 * ordinary way.
 */
import { LineIndex } from '@verbatim/core'
import { firstChild, firstDescendant, type XmlElement } from './dom.js'
import type { FromTeiOptions } from './options.js'
import type { ScanHooks } from './parse-xml.js'
import { BodyReader } from './read-body.js'
import { ReadContext } from './read-context.js'
import { ownApplication, readCategories, readMetadata } from './read-header.js'
import { SpeakerRegistry } from './read-speakers.js'
import { resolveTimeline, TimelineBuilder, type ResolvedTimeline } from './read-timeline.js'
import { TimeReader } from './read-times.js'
import type { Metadata } from '@verbatim/core'

/** The early path met what it cannot read as the ordinary path does: read the document again without it. */
export class Restart extends Error {}

/** What fromTei reads before the body: the same whether made early or after the scan. */
export interface Prelude {
  ctx: ReadContext
  meta: Metadata
  registry: SpeakerRegistry
  timeline: ResolvedTimeline
  body: BodyReader
}

/** The header, the participants, the categories and the timeline, in this order (the order of their messages). */
export function readPrelude(ctx: ReadContext, root: XmlElement, header: XmlElement | undefined, text: XmlElement | undefined, points?: TimelineBuilder): Prelude {
  const meta = readMetadata(ctx, root, header)
  const registry = new SpeakerRegistry(ctx)
  registry.readParticipants(root)
  const categories = readCategories(header)
  const timeline = points ? points.resolve() : resolveTimeline(ctx, text)
  const times = new TimeReader(ctx, timeline.timeline, categories)
  const body = new BodyReader(ctx, registry, times, categories, meta.languages)
  return { ctx, meta, registry, timeline, body }
}

const DIV = /^div[1-7]?$/

export class EarlyReader implements ScanHooks {
  /** Set when the timeline of the document's text closed and the prelude was read. */
  prelude: Prelude | undefined
  /** The early path is not taken for this document (not Verbatim's own, not timed the way toTei writes). */
  private skipped = false
  /** The timeline gave every point its time: utterances can be read as they close. */
  private early = false
  private lineIndex: LineIndex | undefined
  private root: XmlElement | undefined
  private text: XmlElement | undefined
  private standOff: XmlElement | undefined

  constructor(
    private readonly input: string,
    private readonly options: FromTeiOptions,
  ) {}

  /** The timeline whose points are being read as they close, and the context they are read in. */
  private points: TimelineBuilder | undefined
  private ctx: ReadContext | undefined
  /** A timeline whose points are left in the tree. */
  private declinedTimeline: XmlElement | undefined

  readonly end = (element: XmlElement, ancestors: readonly XmlElement[]): void => {
    if (this.skipped) return
    if (this.prelude !== undefined) {
      if (this.early && element.local === 'u') this.utterance(element, ancestors)
      return
    }
    const points = this.points
    if (points !== undefined) {
      if (element === points.element) this.begin(element, ancestors)
      else if (element.local === 'when' && ancestors[ancestors.length - 1] === points.element) this.point(element)
      // Anything else inside the timeline: a `when` in it would come in another order.
      else throw new Restart()
    } else if (element.local === 'when' && ancestors.length >= 3) this.firstPoint(element, ancestors)
    else if (element.local === 'timeline' && ancestors.length >= 2) this.begin(element, ancestors)
  }

  /** The first `when` of a timeline: read the points as they close when it is the timeline fromTei reads, and it holds nothing else so far. */
  private firstPoint(when: XmlElement, ancestors: readonly XmlElement[]): void {
    const timeline = ancestors[ancestors.length - 1]!
    if (timeline.local !== 'timeline' || timeline === this.declinedTimeline) return
    // Asked once per timeline: its later points are left in the tree (and read from it when it closes).
    this.declinedTimeline = timeline
    if (!this.own(timeline, ancestors) || timeline.children.some((child) => child.type === 'element' && child !== when)) return
    this.lineIndex = new LineIndex(this.input)
    this.ctx = new ReadContext(this.lineIndex, true, this.options.file, this.options.idPrefix ?? '')
    this.points = new TimelineBuilder(this.ctx, timeline)
    this.point(when)
  }

  /** Take a point; its element (and the indentation before it) leave the tree. */
  private point(when: XmlElement): void {
    if (!this.points!.add(when, true)) throw new Restart()
    this.points!.element.children.length = 0
  }

  lines(): LineIndex | undefined {
    return this.lineIndex
  }

  declined(): void {
    if (this.prelude !== undefined) throw new Restart()
  }

  /** After the scan: a `standOff` after the text holds participants the prelude has not read. */
  finish(root: XmlElement): void {
    if (this.prelude !== undefined && (root !== this.root || firstChild(root, 'standOff') !== this.standOff)) throw new Restart()
  }

  /** The first timeline of the text of a TEI document toTei wrote has closed: read what comes before the body. */
  private begin(timeline: XmlElement, ancestors: readonly XmlElement[]): void {
    if (this.points === undefined && !this.own(timeline, ancestors)) {
      this.skipped = true
      return
    }
    const root = ancestors[0]!
    this.lineIndex ??= new LineIndex(this.input)
    const ctx = this.ctx ?? new ReadContext(this.lineIndex, true, this.options.file, this.options.idPrefix ?? '')
    this.root = root
    this.text = ancestors[1]
    this.standOff = firstChild(root, 'standOff')
    this.prelude = readPrelude(ctx, root, firstChild(root, 'teiHeader'), this.text, this.points)
    this.points = undefined
    this.early = this.prelude.timeline.missing === 0
  }

  /** True for the first timeline of the text of a TEI document toTei wrote (its own `application` in a complete header). */
  private own(timeline: XmlElement, ancestors: readonly XmlElement[]): boolean {
    const root = ancestors[0]!
    const text = ancestors[1]!
    const header = firstChild(root, 'teiHeader')
    return root.local === 'TEI' && firstChild(root, 'text') === text && header !== undefined && ownApplication(root) !== undefined && firstDescendant(text, 'timeline') === timeline
  }

  /** A `u` the body walk reaches through the body and its divs only: read now, or start again. */
  private utterance(u: XmlElement, ancestors: readonly XmlElement[]): void {
    if (ancestors.length < 3 || ancestors[1] !== this.text || firstChild(this.text, 'body') !== ancestors[2]) throw new Restart()
    for (let i = 3; i < ancestors.length; i++) if (!DIV.test(ancestors[i]!.local)) throw new Restart()
    if (!this.prelude!.body.prepare(u)) throw new Restart()
  }
}
