/**
 * The WebVTT cue text parsing rules (WebVTT 6.4): the tokenizer's states and the tree building,
 * step by step. Every node records where it came from in the cue text (`start`/`end`, offsets
 * into the text, end exclusive) so readers can position what they make from it.
 */
import { consumeCharacterReference } from './character-reference.js'
import { collectTimestamp } from './timestamp.js'

export type CueElementName = 'c' | 'i' | 'b' | 'u' | 'ruby' | 'rt' | 'v' | 'lang'

export interface CueTextNode {
  type: 'text'
  value: string
  start: number
  end: number
}

export interface CueTimestampNode {
  type: 'timestamp'
  /** Seconds. */
  value: number
  start: number
  end: number
}

export interface CueElementNode {
  type: CueElementName
  /** Classes of the start tag (`<c.yellow.bg_blue>`), empty ones left out. */
  classes: string[]
  /** `v`: the voice name; `lang`: the language tag (annotation, whitespace collapsed). */
  annotation?: string
  /** The applicable language (top of the language stack when the node was made), if any. */
  language?: string
  children: CueNode[]
  /** Offset of the start tag. */
  start: number
  /** Offset just past the end tag, or past the last content when the span was never closed. */
  end: number
}

export type CueNode = CueTextNode | CueTimestampNode | CueElementNode

const enum State {
  Data,
  Tag,
  StartTag,
  StartTagClass,
  StartTagAnnotation,
  EndTag,
  TimestampTag,
}

const enum TokenType {
  String,
  StartTag,
  EndTag,
  Timestamp,
}

interface Token {
  type: TokenType
  /** String value, tag name, or timestamp tag value. */
  value: string
  classes: string[]
  annotation: string | undefined
  start: number
  end: number
}

/** ASCII whitespace as the cue text rules define it: tab, LF, FF, CR, space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/** Runs of ASCII whitespace to one space, trimmed; the value itself when it is already so (checked in one pass, no regex). */
export function collapseWhitespace(buffer: string): string {
  const length = buffer.length
  let clean = true
  for (let i = 0; i < length; i++) {
    const code = buffer.charCodeAt(i)
    if (code === 32) {
      if (i === 0 || i === length - 1 || buffer.charCodeAt(i + 1) === 32) {
        clean = false
        break
      }
    } else if (isSpace(code)) {
      clean = false
      break
    }
  }
  if (clean) return buffer
  return buffer.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '')
}

/** The text of cue text without `<` (no tags): its character references decoded, as the one text node the parser makes of it. */
export function untaggedText(input: string): string {
  return tokenize(input, 0).value
}

/** The WebVTT cue text tokenizer: one token from `position`. */
function tokenize(input: string, position: number): Token {
  const start = position
  let state = State.Data
  let result = ''
  let buffer = ''
  const classes: string[] = []
  for (;;) {
    const eof = position >= input.length
    const c = eof ? -1 : input.charCodeAt(position)
    switch (state) {
      case State.Data:
        if (c === 38 /* & */) {
          const reference = consumeCharacterReference(input, position + 1)
          if (reference) {
            result += reference.value
            position = reference.end
          } else {
            result += '&'
            position++
          }
          continue
        }
        if (c === 60 /* < */) {
          if (result === '') {
            state = State.Tag
            break
          }
          return { type: TokenType.String, value: result, classes, annotation: undefined, start, end: position }
        }
        if (eof) return { type: TokenType.String, value: result, classes, annotation: undefined, start, end: position }
        {
          // Fast path: copy the run of ordinary characters at once.
          let runEnd = position + 1
          while (runEnd < input.length) {
            const next = input.charCodeAt(runEnd)
            if (next === 38 || next === 60) break
            runEnd++
          }
          result += input.slice(position, runEnd)
          position = runEnd
        }
        continue
      case State.Tag:
        if (c === 9 || c === 10 || c === 12 || c === 32) state = State.StartTagAnnotation
        else if (c === 46 /* . */) state = State.StartTagClass
        else if (c === 47 /* / */) state = State.EndTag
        else if (c >= 48 && c <= 57) {
          result = input[position]!
          state = State.TimestampTag
        } else if (c === 62 /* > */ || eof) {
          return { type: TokenType.StartTag, value: '', classes: [], annotation: undefined, start, end: eof ? position : position + 1 }
        } else {
          result = input[position]!
          state = State.StartTag
        }
        break
      case State.StartTag:
        if (c === 9 || c === 12 || c === 32) state = State.StartTagAnnotation
        else if (c === 10) {
          buffer = '\n'
          state = State.StartTagAnnotation
        } else if (c === 46) state = State.StartTagClass
        else if (c === 62 || eof) {
          return { type: TokenType.StartTag, value: result, classes: [], annotation: undefined, start, end: eof ? position : position + 1 }
        } else result += input[position]!
        break
      case State.StartTagClass:
        if (c === 9 || c === 12 || c === 32) {
          classes.push(buffer)
          buffer = ''
          state = State.StartTagAnnotation
        } else if (c === 10) {
          classes.push(buffer)
          buffer = '\n'
          state = State.StartTagAnnotation
        } else if (c === 46) {
          classes.push(buffer)
          buffer = ''
        } else if (c === 62 || eof) {
          classes.push(buffer)
          return { type: TokenType.StartTag, value: result, classes, annotation: undefined, start, end: eof ? position : position + 1 }
        } else buffer += input[position]!
        break
      case State.StartTagAnnotation:
        if (c === 38) {
          // HTML character reference in annotation state, with > as the additional allowed character.
          const reference = consumeCharacterReference(input, position + 1, 62)
          if (reference) {
            buffer += reference.value
            position = reference.end
          } else {
            buffer += '&'
            position++
          }
          continue
        }
        if (c === 62 || eof) {
          return { type: TokenType.StartTag, value: result, classes, annotation: collapseWhitespace(buffer), start, end: eof ? position : position + 1 }
        }
        {
          let runEnd = position + 1
          while (runEnd < input.length) {
            const next = input.charCodeAt(runEnd)
            if (next === 38 || next === 62) break
            runEnd++
          }
          buffer += input.slice(position, runEnd)
          position = runEnd
        }
        continue
      case State.EndTag:
        if (c === 62 || eof) return { type: TokenType.EndTag, value: result, classes, annotation: undefined, start, end: eof ? position : position + 1 }
        result += input[position]!
        break
      case State.TimestampTag:
        if (c === 62 || eof) return { type: TokenType.Timestamp, value: result, classes, annotation: undefined, start, end: eof ? position : position + 1 }
        result += input[position]!
        break
    }
    position++
  }
}

interface Frame {
  node: CueElementNode | null
  children: CueNode[]
  parent: Frame | null
}

/**
 * Parse cue text into WebVTT Node Objects (the tree `getCueAsHTML()` is built from). `language`
 * is the fallback language, if any.
 */
export function parseCueText(input: string, language?: string): CueNode[] {
  const root: Frame = { node: null, children: [], parent: null }
  let current = root
  const languages: string[] = language === undefined ? [] : [language]
  let position = 0
  while (position < input.length) {
    const token = tokenize(input, position)
    position = token.end
    switch (token.type) {
      case TokenType.String:
        current.children.push({ type: 'text', value: token.value, start: token.start, end: token.end })
        break
      case TokenType.StartTag: {
        const name = token.value
        let type: CueElementName | undefined
        if (name === 'c' || name === 'i' || name === 'b' || name === 'u' || name === 'ruby' || name === 'v' || name === 'lang') type = name
        else if (name === 'rt' && current.node?.type === 'ruby') type = 'rt'
        if (!type) break
        if (type === 'lang') languages.push(token.annotation ?? '')
        const node: CueElementNode = { type, classes: token.classes.filter((name) => name !== ''), children: [], start: token.start, end: token.end }
        if (type === 'v' || type === 'lang') node.annotation = token.annotation ?? ''
        if (languages.length > 0) node.language = languages[languages.length - 1]!
        current.children.push(node)
        current = { node, children: node.children, parent: current }
        break
      }
      case TokenType.EndTag: {
        const node = current.node
        if (!node) break
        const name = token.value
        if (name === node.type && name !== 'lang') {
          node.end = token.end
          current = current.parent!
        } else if (name === 'lang' && node.type === 'lang') {
          node.end = token.end
          current = current.parent!
          languages.pop()
        } else if (name === 'ruby' && node.type === 'rt') {
          node.end = token.end
          current.parent!.node!.end = token.end
          current = current.parent!.parent!
        }
        break
      }
      case TokenType.Timestamp: {
        const time = collectTimestamp(token.value, 0)
        if (time && time.end === token.value.length) current.children.push({ type: 'timestamp', value: time.value, start: token.start, end: token.end })
        break
      }
    }
  }
  // Spans never closed end where the text ends.
  for (let frame: Frame | null = current; frame?.node; frame = frame.parent) frame.node.end = Math.max(frame.node.end, input.length)
  return root.children
}

/**
 * The annotation of the first `<v>` start tag, without building the tree (the tag is attached
 * wherever it appears, so the first token named `v` is the first voice).
 */
export function firstVoice(input: string): string | null {
  if (input.indexOf('<v') === -1) return null
  const leading = leadingVoice(input)
  if (leading !== null) return leading
  // Tokenize from the start: a `<v` inside another tag's annotation is not a tag.
  let position = 0
  while (position < input.length) {
    const token = tokenize(input, position)
    position = token.end
    if (token.type === TokenType.StartTag && token.value === 'v') return token.annotation ?? ''
  }
  return null
}

/**
 * `<v Name>` or `<v.class Name>` at the very start, with no character reference in the tag: the
 * annotation the tokenizer would give, found by a direct scan (this runs for every voiced cue).
 * Null when the text does not start so; the caller then tokenizes.
 */
function leadingVoice(input: string): string | null {
  const length = input.length
  if (input.charCodeAt(0) !== 60 /* < */ || input.charCodeAt(1) !== 118 /* v */) return null
  let i = 2
  // Classes: `.name` repeated; a name ends at whitespace, `.`, `>` or `&`.
  while (i < length && input.charCodeAt(i) === 46 /* . */) {
    i++
    while (i < length) {
      const code = input.charCodeAt(i)
      if (isSpace(code) || code === 46 || code === 62 || code === 38) break
      i++
    }
  }
  // Then the annotation after one tab, form feed or space (a line break there is a different token path).
  const separator = input.charCodeAt(i)
  if (separator !== 32 && separator !== 9 && separator !== 12) return null
  const start = i + 1
  for (i = start; i < length; i++) {
    const code = input.charCodeAt(i)
    if (code === 62 /* > */) return collapseWhitespace(input.slice(start, i))
    if (code === 38 /* & */) return null
  }
  return null
}

/** What a visitor of `walkCueNodes` returns for an element to leave its children out. */
export const SKIP_CHILDREN: unique symbol = Symbol('skip children')

/**
 * Visit a cue text tree in document order with an explicit stack, since the input decides how
 * deep the tree is (100,000 nested `<b>` tags must not overflow the call stack). `visit` gets
 * each node with the scope of its parent (`scope` for the top level); for an element it returns
 * the scope of the element's children, or `SKIP_CHILDREN`. The one walk of cue text trees.
 */
export function walkCueNodes<Scope>(nodes: readonly CueNode[], scope: Scope, visit: (node: CueNode, scope: Scope) => Scope | typeof SKIP_CHILDREN): void {
  // Parallel stacks of (children, next index, scope).
  const lists: Array<readonly CueNode[]> = [nodes]
  const indexes: number[] = [0]
  const scopes: Scope[] = [scope]
  while (lists.length > 0) {
    const top = lists.length - 1
    const list = lists[top]!
    const index = indexes[top]!
    if (index >= list.length) {
      lists.pop()
      indexes.pop()
      scopes.pop()
      continue
    }
    indexes[top] = index + 1
    const node = list[index]!
    const inner = visit(node, scopes[top]!)
    if (node.type === 'text' || node.type === 'timestamp' || inner === SKIP_CHILDREN) continue
    lists.push(node.children)
    indexes.push(0)
    scopes.push(inner)
  }
}

/** The text a cue shows: text nodes of the tree in order (ruby text included, timestamps left out). */
export function cueNodesToText(nodes: readonly CueNode[]): string {
  let out = ''
  walkCueNodes(nodes, undefined, (node) => {
    if (node.type === 'text') out += node.value
    return undefined
  })
  return out
}
