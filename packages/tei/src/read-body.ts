/**
 * The body -> blocks. Sections (`div`) give breaks, `note type="speaker"` gives the label of the
 * next `u`, each `u` (or `annotationBlock` with its `u`) gives one turn, or several when
 * `<anchor type="who">` changes the speaker inside it (GOS), and event elements between
 * utterances give events. Unknown elements are reported and their text kept as speech.
 */
import type { Block, Break, Event, Paragraph, Turn, Word } from '@verbatim/core'
import { ANCHOR_END_TYPE, SECTION_DIV_TYPE } from './constants.js'
import { childElements, firstChild, firstDescendant, hasChildIn, normalizedText, pointers, textContent, type XmlElement, type XmlNode } from './dom.js'
import { EVENT_ELEMENTS } from './event-map.js'
import { InlineBuilder } from './inline-builder.js'
import type { ReadContext } from './read-context.js'
import { bracketed, readEvent } from './read-events.js'
import type { Categories } from './read-header.js'
import type { SpeakerRegistry } from './read-speakers.js'
import type { TimePoint } from './read-timeline.js'
import type { TimeReader } from './read-times.js'

/** Elements whose text is speech: walked through as if they were not there. */
const TRANSPARENT = new Set([
  'seg', 's', 'cl', 'phr', 'name', 'persName', 'placeName', 'orgName', 'rs', 'foreign', 'hi', 'emph', 'distinct', 'term',
  'q', 'quote', 'said', 'mentioned', 'soCalled', 'unclear', 'supplied', 'add', 'del', 'sic', 'corr', 'orig', 'reg', 'abbr',
  'expan', 'num', 'date', 'time', 'measure', 'title', 'c', 'm', 'g', 'w', 'ref', 'ptr', 'p', 'ab', 'l', 'corr',
])
/** Empty markers with no content to keep. */
const MARKERS = new Set(['pb', 'cb', 'milestone', 'caesura', 'shift', 'timeline', 'when', 'gb', 'fw'])
/** Annotation that is not speech (ISO 24624 translation tiers, feature structures, links). */
const ANNOTATION = new Set(['spanGrp', 'span', 'interpGrp', 'interp', 'linkGrp', 'link', 'fs', 'fLib', 'certainty', 'respons', 'alt', 'altGrp', 'join', 'joinGrp'])
/** Paragraph-like containers inside an utterance. */
const PARAGRAPHS = new Set(['seg', 's', 'p', 'ab'])
/** A later div of this type repeats an earlier one (GOS: `orth` then `norm`). */
const DUPLICATE_LAYER = /^(norm|normali[sz]ed|reg|regulari[sz]ed|standard)$/i
const PRIMARY_LAYER = /^(orth|orthographic|orig|original|dipl|diplomatic|verbatim)$/i

interface Inherited {
  who?: string | undefined
  start?: string | undefined
  end?: string | undefined
  ana?: string | undefined
}

interface PendingLabel {
  value: string
  element: XmlElement
}

export class BodyReader {
  readonly blocks: Block[] = []
  private pending: PendingLabel | undefined
  /** Each div's sibling divs, to recognise a layer that repeats an earlier one. */
  private readonly siblings = new Map<XmlElement, XmlElement[]>()
  private readonly mainLanguage: string | undefined
  /** Utterances read as the scanner closed them (see prepare), with their turns. */
  private readonly prepared = new Map<XmlElement, Turn[]>()

  constructor(
    private readonly ctx: ReadContext,
    private readonly registry: SpeakerRegistry,
    private readonly times: TimeReader,
    private readonly categories: Categories,
    languages: string[] | undefined,
  ) {
    this.mainLanguage = languages?.[0]
  }

  read(text: XmlElement | undefined): Block[] {
    if (!text) return this.blocks
    for (const part of childElements(text)) {
      if (part.local === 'front' || part.local === 'back') this.ctx.ignored(part, 'is front or back matter')
    }
    const body = firstChild(text, 'body') ?? firstDescendant(text, 'body')
    if (body) {
      // Only other projects' TEI has layers to compare (see division()); Verbatim's own has none.
      if (!this.ctx.own) this.indexDivisions(body)
      this.walkBlocks(body)
    }
    this.flushPending()
    return this.blocks
  }

  private walkBlocks(container: XmlElement): void {
    for (const child of container.children) {
      if (child.type === 'text') {
        if (/\S/.test(child.value)) this.looseText(child, container)
        continue
      }
      this.block(child)
    }
  }

  private block(element: XmlElement): void {
    const { ctx } = this
    const local = element.local
    if (local === 'div' || /^div[1-7]$/.test(local)) return this.division(element)
    if (local === 'head') return
    if (local === 'note') {
      if (element.attributes.type === 'speaker') {
        this.flushPending()
        let value = ctx.own ? textContent(element) : normalizedText(element)
        if (!ctx.own) value = value.replace(/\s*:\s*$/, '')
        this.pending = { value, element }
        return
      }
      this.blocks.push(readEvent(ctx, element))
      return
    }
    if (local === 'u') return this.utterance(element, {})
    if (local === 'annotationBlock') return this.annotationBlock(element)
    if (EVENT_ELEMENTS.has(local)) {
      this.blocks.push(readEvent(ctx, element, this.times.of(element)))
      return
    }
    if (MARKERS.has(local) || local === 'anchor' || local === 'lb') return
    if (ANNOTATION.has(local)) return ctx.ignored(element, 'is an annotation')
    ctx.message(`expected an utterance, a section or an event, found unknown element <${element.name}>; its text is read as unattributed speech`, 'unknown-element', element)
    if (firstDescendant(element, 'u') || firstDescendant(element, 'div') || firstDescendant(element, 'annotationBlock')) {
      this.walkBlocks(element)
    } else {
      this.utterance(element, {})
    }
  }

  private looseText(node: XmlNode, container: XmlElement): void {
    this.ctx.message(`expected only elements in <${container.name}>, found text; read as unattributed speech`, 'unexpected-text', node)
    const builder = new InlineBuilder(this.ctx)
    builder.text(node.type === 'text' ? node.value : '', node.start, node.end)
    const paragraph = builder.finish(undefined, false)
    if (!paragraph) return
    this.blocks.push({ type: 'turn', speaker: null, label: null, interpreted: false, children: [paragraph], position: this.ctx.positionOf(node) })
  }

  private division(div: XmlElement): void {
    const { ctx } = this
    if (ctx.own) {
      if (div.attributes.type === SECTION_DIV_TYPE) {
        const head = firstChild(div, 'head')
        const brk: Break = { type: 'break', position: ctx.positionOf(head ?? div) }
        if (head) brk.title = textContent(head)
        this.blocks.push(brk)
      }
      this.walkBlocks(div)
      return
    }
    const type = div.attributes.type
    if (type && DUPLICATE_LAYER.test(type)) {
      const parent = this.siblingsOf(div)
      if (parent.some((other) => other !== div && other.start < div.start && PRIMARY_LAYER.test(other.attributes.type ?? ''))) {
        ctx.message(`<div type="${type}"> repeats the transcription of an earlier <div> in another layer; only the first layer is read`, 'duplicate-layer', div, 'info')
        return
      }
    }
    const heads = childElements(div, 'head')
      .map((head) => normalizedText(head))
      .filter((title) => title !== '')
    if (heads.length > 0) this.blocks.push({ type: 'break', title: heads.join('\n'), position: ctx.positionOf(firstChild(div, 'head')!) })
    this.walkBlocks(div)
  }

  private siblingsOf(div: XmlElement): XmlElement[] {
    return this.siblings.get(div) ?? []
  }

  /** Remember each div's siblings before walking (called on the body). */
  private indexDivisions(body: XmlElement): void {
    const stack = [body]
    while (stack.length > 0) {
      const element = stack.pop()!
      const divs = childElements(element).filter((child) => child.local === 'div' || /^div[1-7]$/.test(child.local))
      for (const div of divs) this.siblings.set(div, divs)
      for (const child of childElements(element)) if (child.local !== 'u') stack.push(child)
    }
  }

  private annotationBlock(block: XmlElement): void {
    const inherited: Inherited = { who: block.attributes.who, start: block.attributes.start, end: block.attributes.end, ana: block.attributes.ana }
    for (const child of childElements(block)) {
      if (child.local === 'u') this.utterance(child, inherited)
      else this.block(child)
    }
  }

  private flushPending(): void {
    const pending = this.pending
    if (!pending) return
    this.pending = undefined
    this.ctx.message(`expected an utterance after the speaker label ${JSON.stringify(pending.value)}, found none; kept as an event`, 'orphan-speaker-label', pending.element)
    this.blocks.push({ type: 'event', kind: 'other', value: this.ctx.own ? pending.value : bracketed(pending.value), position: this.ctx.positionOf(pending.element) })
  }

  /**
   * Read a `u` of Verbatim's own TEI as soon as the scanner has closed it, before the body is
   * walked, so that its subtree goes at once; the walk takes the turns (and gives the first one
   * the label before it). False, and nothing kept, when reading it said anything (a message):
   * messages must come in the order of the walk, so such a document is read the ordinary way.
   */
  prepare(u: XmlElement): boolean {
    const before = this.ctx.messages.length
    const turns = new UtteranceReader(this.ctx, this.registry, this.times, this.categories, this.mainLanguage, u, {}, undefined).read()
    if (this.ctx.messages.length !== before) return false
    this.prepared.set(u, turns)
    u.children = []
    return true
  }

  private utterance(u: XmlElement, inherited: Inherited): void {
    const prepared = this.prepared.get(u)
    if (prepared !== undefined) {
      if (this.pending) prepared[0]!.label = this.pending.value
      this.pending = undefined
      this.prepared.delete(u)
      for (const turn of prepared) this.blocks.push(turn)
      return
    }
    const reader = new UtteranceReader(this.ctx, this.registry, this.times, this.categories, this.mainLanguage, u, inherited, this.pending)
    this.pending = undefined
    for (const turn of reader.read()) this.blocks.push(turn)
    // Read: its content is not needed again, and on a big document the tree would otherwise live as long as the model built from it.
    u.children = []
  }
}

interface TurnDraft {
  speaker: string | null
  label: string | null
  start: TimePoint | undefined
  end: TimePoint | undefined
  paragraphs: Paragraph[]
  startOffset: number
  endOffset: number
}

/** One `u`: its paragraphs, and the turns it splits into. */
class UtteranceReader {
  private readonly builder: InlineBuilder
  private readonly drafts: TurnDraft[] = []
  private current: TurnDraft
  private lastSynch: TimePoint | undefined
  /** Start of the last timed segment or word (other TEI: a time going back is reported once per utterance). */
  private lastStart = -Infinity
  private outOfOrder = false
  private switched = false
  private readonly who: string[]
  private readonly endRef: string | undefined

  constructor(
    private readonly ctx: ReadContext,
    private readonly registry: SpeakerRegistry,
    private readonly times: TimeReader,
    private readonly categories: Categories,
    private readonly mainLanguage: string | undefined,
    private readonly u: XmlElement,
    private readonly inherited: Inherited,
    label: PendingLabel | undefined,
  ) {
    this.builder = new InlineBuilder(ctx)
    this.who = pointers(u.attributes.who ?? inherited.who).map((token) => registry.resolve(token, u))
    const synch = pointers(u.attributes.synch)
    const startRef = u.attributes.start ?? inherited.start ?? synch[0]
    const endRef = u.attributes.end ?? inherited.end ?? synch[1]
    const speaker = this.who[0] ?? null
    this.current = {
      speaker,
      label: label ? label.value : null,
      start: times.point(startRef, u),
      end: undefined,
      paragraphs: [],
      startOffset: u.start,
      endOffset: u.end,
    }
    this.endRef = endRef
    if (label && speaker !== null && !ctx.own) registry.addAlias(speaker, label.value)
  }

  read(): Turn[] {
    this.walk(this.u, true)
    this.endParagraph(undefined)
    this.current.end = this.times.point(this.endRef, this.u)
    if (!this.ctx.own) this.endAwaiting(this.current.end, this.u)
    this.drafts.push(this.current)
    if (!this.ctx.own && this.who.length > 1 && !this.switched) {
      this.ctx.message(`expected one speaker for <${this.u.name}>, found ${this.who.length} in @who and no <anchor type="who"> to tell them apart; the turn is given to the first`, 'multiple-speakers', this.u)
    }
    return this.drafts.map((draft) => this.toTurn(draft))
  }

  private toTurn(draft: TurnDraft): Turn {
    const ana = pointers(this.u.attributes.ana ?? this.inherited.ana)
    const turn: Turn = {
      type: 'turn',
      speaker: draft.speaker,
      label: draft.label,
      interpreted: ana.some((token) => this.categories.interpreted.has(token)),
      children: draft.paragraphs,
      position: this.ctx.position(draft.startOffset, draft.endOffset),
    }
    const time = this.times.timing(draft.start, draft.end, this.u, ana.some((token) => this.categories.estimated.has(token)))
    if (time) turn.time = time
    const language = this.u.attributes['xml:lang']
    if (language !== undefined && (this.ctx.own || language !== this.mainLanguage)) turn.language = language
    return turn
  }

  private endParagraph(span: XmlElement | undefined): void {
    const paragraph = this.builder.finish(span, this.ctx.own && span !== undefined)
    if (paragraph) this.current.paragraphs.push(paragraph)
  }

  /** Walk content; at paragraph level, `seg`-like children are paragraphs. */
  private walk(element: XmlElement, paragraphLevel: boolean): void {
    // Between w and pc tokens, whitespace is layout, not text: the tokens say where spaces go.
    const tokenized = !this.ctx.own && element.children.some((child) => child.type === 'element' && (child.local === 'w' || child.local === 'pc'))
    for (const child of element.children) {
      if (child.type === 'text') {
        if ((this.ctx.own && paragraphLevel) || tokenized) {
          if (!/\S/.test(child.value)) continue
        }
        this.builder.text(child.value, child.start, child.end)
        continue
      }
      if (paragraphLevel && PARAGRAPHS.has(child.local)) {
        if (hasChildIn(child, PARAGRAPHS)) {
          this.walk(child, true)
          continue
        }
        this.endParagraph(undefined)
        this.walk(child, false)
        this.endParagraph(child)
        continue
      }
      this.inline(child)
    }
  }

  private inline(element: XmlElement): void {
    const { ctx, builder } = this
    const local = element.local
    if (local === 'w') return this.word(element)
    if (local === 'pc') {
      builder.punctuation(ctx.own ? textContent(element) : normalizedText(element), element.start, element.end)
      return
    }
    if (local === 'anchor') return this.anchor(element)
    if (EVENT_ELEMENTS.has(local) || local === 'note') {
      if (local === 'note' && element.attributes.type === 'speaker') {
        ctx.message('expected a speaker label before an utterance, found one inside it; kept as an event', 'misplaced-speaker-label', element)
      }
      const event: Event = readEvent(ctx, element, this.times.of(element))
      builder.event(event, element.start, element.end)
      return
    }
    if (local === 'lb') {
      if (!ctx.own) builder.text(' ', element.start, element.end)
      return
    }
    if (MARKERS.has(local)) return
    if (local === 'choice') {
      const preferred = childElements(element).find((child) => /^(orig|sic|abbr|seg)$/.test(child.local)) ?? childElements(element)[0]
      if (preferred) this.walk(preferred, false)
      return
    }
    if (ANNOTATION.has(local)) return ctx.ignored(element, 'is an annotation')
    if (!TRANSPARENT.has(local)) {
      ctx.message(`expected speech, an event or a known phrase-level element, found unknown element <${element.name}>; its text is kept as speech`, 'unknown-element', element)
    }
    this.walk(element, false)
  }

  /**
   * A `w`: a word of the model when timed (`@synch`, with `@cert` as its confidence), else a
   * token of the text; other TEI's `xxx` is an unintelligible event.
   */
  private word(element: XmlElement): void {
    const { ctx, builder } = this
    const value = ctx.own ? textContent(element) : normalizedText(element)
    const time = this.times.of(element)
    if (!ctx.own && /^x{2,}$/i.test(value)) {
      const event: Event = { type: 'event', kind: 'unintelligible', value, position: ctx.positionOf(element) }
      if (time) event.time = time
      builder.event(event, element.start, element.end)
    } else if (!ctx.own && (firstChild(element, 'gap') || hasChildIn(element, EVENT_ELEMENTS))) this.walk(element, false)
    else if (time && value !== '') {
      const word: Word = { type: 'word', value, time }
      const cert = element.attributes.cert
      if (cert !== undefined && /^(?:0(?:\.\d+)?|1(?:\.0*)?|\.\d+)$/.test(cert.trim())) word.confidence = Number(cert)
      this.checkOrder(time.start, element)
      builder.timedWord(word, element.start, element.end)
    } else builder.word(value, element.start, element.end)
  }

  /** Other TEI: report once per utterance a segment or word that starts before the one before it. */
  private checkOrder(start: number, at: XmlElement): void {
    if (!this.ctx.own && start < this.lastStart && !this.outOfOrder) {
      this.outOfOrder = true
      this.ctx.message(`expected the times inside <${this.u.name}> in order, found <${at.name}> at ${start} s after one at ${this.lastStart} s; kept as written`, 'time-out-of-order', at)
    }
    this.lastStart = start
  }

  /** Other TEI: the segments since the last anchor end at this point. */
  private endAwaiting(point: TimePoint | undefined, at: XmlElement): void {
    for (const segment of this.builder.takeAwaiting(at.start)) {
      if (!point) continue
      if (point.seconds < segment.time.start) {
        this.ctx.message(`expected the segment starting at ${segment.time.start} s to end at or after its start, found the next point at ${point.seconds} s; the end is left out`, 'end-before-start', at)
        continue
      }
      segment.time.end = point.seconds
      if (point.estimated) segment.time.source = 'estimated'
    }
  }

  /**
   * An anchor with `synch` ends the segment before it and starts the next (ISO 24624); Verbatim's
   * own `type="end"` only ends one. `type="who"` with `corresp` hands the utterance to another
   * speaker (GOS).
   */
  private anchor(anchor: XmlElement): void {
    const ref = pointers(anchor.attributes.synch)[0]
    const point = ref === undefined ? undefined : this.times.point(ref, anchor)
    if (this.ctx.own) return this.ownAnchor(anchor, point)
    if (point) {
      this.lastSynch = point
      this.endAwaiting(point, anchor)
      this.builder.beginSegment({ start: point.seconds, source: point.estimated ? 'estimated' : 'source' }, anchor.start)
      this.checkOrder(point.seconds, anchor)
    }
    if (anchor.attributes.type !== 'who') return
    const target = pointers(anchor.attributes.corresp ?? anchor.attributes.who)[0]
    if (target === undefined) return
    const speaker = this.registry.resolve(target, anchor)
    this.switched = true
    const hasContent = this.current.paragraphs.length > 0 || this.builder.hasContent
    if (!hasContent) {
      this.current.speaker = speaker
      if (this.lastSynch) this.current.start ??= this.lastSynch
      return
    }
    this.endParagraph(undefined)
    this.current.end = this.lastSynch
    this.current.endOffset = anchor.start
    this.drafts.push(this.current)
    this.current = {
      speaker,
      label: null,
      start: this.lastSynch,
      end: undefined,
      paragraphs: [],
      startOffset: anchor.start,
      endOffset: this.u.end,
    }
  }

  /** Verbatim's own anchors: exactly what toTei wrote (see writeSegment). */
  private ownAnchor(anchor: XmlElement, point: TimePoint | undefined): void {
    const segment = this.builder.endSegment(undefined, anchor.start)
    if (segment && point) {
      if (point.seconds >= segment.time.start) segment.time.end = point.seconds
      else this.ctx.message(`expected the segment starting at ${segment.time.start} s to end at or after its start, found an end at ${point.seconds} s; the end is left out`, 'end-before-start', anchor)
    }
    if (anchor.attributes.type === ANCHOR_END_TYPE || !point) return
    this.builder.beginSegment({ start: point.seconds, source: point.estimated || this.times.estimatedByAna(anchor) ? 'estimated' : 'source' }, anchor.start)
  }
}
