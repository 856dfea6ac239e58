/**
 * Running heads and feet of a paged document without line numbers: pages are separated by form
 * feeds, and a line that stands first (or last) on most pages, the same each time once its
 * digits are set aside (`Page 12`, `Hearing of the Committee - 3/14/2019`), is page furniture,
 * not speech. Masked like line-numbered furniture (see `page-furniture.ts`): every character
 * becomes a space, so offsets stay true, and the lines are handed back for notes.
 *
 * One pass over the text, and only when it holds form feeds.
 */
import { maskSpans } from './mask-spans.js'
import { type FurnitureLine, type FurnitureRule, type PageFurniture } from './page-furniture.js'

export const RUNNING_HEAD_RULE: FurnitureRule = {
  id: 'running-head',
}

const MIN_PAGES = 3
const MAX_LENGTH = 120

interface Edge {
  start: number
  end: number
  key: string
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 12 || code === 13 || code === 0xa0

/** The first and last non-blank lines of the page `text[start, end)`. */
function pageEdges(text: string, start: number, end: number): [Edge, Edge] | null {
  let first: Edge | null = null
  let last: Edge | null = null
  for (let at = start; at < end; ) {
    let lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    let from = at
    let to = lineEnd
    while (from < to && isBlank(text.charCodeAt(from))) from++
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--
    const trimmed = text.slice(from, to)
    if (trimmed !== '' && trimmed.length <= MAX_LENGTH) {
      const edge = { start: from, end: to, key: trimmed.replace(/\d+/g, '#').replace(/\s+/g, ' ') }
      first ??= edge
      last = edge
    } else if (trimmed !== '') {
      first ??= { start: at, end: at, key: '' }
      last = { start: at, end: at, key: '' }
    }
    at = lineEnd + 1
  }
  return first && last ? [first, last] : null
}

/** Running heads and feet of a document paged by form feeds, masked; null when there are none (nearly every document). */
export function findRunningHeads(text: string): PageFurniture | null {
  if (text.indexOf('\f') === -1) return null
  const pages: [Edge, Edge][] = []
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\f', start + 1)
    if (end === -1) end = text.length
    const edges = pageEdges(text, start, end)
    if (edges) pages.push(edges)
    start = end
  }
  if (pages.length < MIN_PAGES) return null
  const counts = new Map<string, number>()
  for (const [head, foot] of pages) {
    if (head.key) counts.set(head.key, (counts.get(head.key) ?? 0) + 1)
    if (foot.key && foot !== head && foot.key !== head.key) counts.set(foot.key, (counts.get(foot.key) ?? 0) + 1)
  }
  const repeated = (edge: Edge) => edge.key !== '' && (counts.get(edge.key) ?? 0) * 2 >= pages.length && (counts.get(edge.key) ?? 0) >= MIN_PAGES
  const lines: FurnitureLine[] = []
  for (const [head, foot] of pages) {
    if (repeated(head)) lines.push({ rule: RUNNING_HEAD_RULE, start_: head.start, end_: head.end, value: text.slice(head.start, head.end) })
    if (foot !== head && repeated(foot)) lines.push({ rule: RUNNING_HEAD_RULE, start_: foot.start, end_: foot.end, value: text.slice(foot.start, foot.end) })
  }
  if (lines.length === 0) return null
  return { text: maskSpans(text, lines), lines, numbered: 0, pages: pages.length }
}
