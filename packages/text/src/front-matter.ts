/**
 * YAML front matter to metadata: known keys to their fields, `speakers` to registry seeds or
 * known names, everything else to `meta.extra` as text, so nothing is dropped.
 */
import { MODEL_VALUE_CHECKS, type Metadata, type Note } from '@verbatim/core'
import type { SpeakerInit } from './speakers.js'
import { parseYaml, yamlToString, type YamlMap, type YamlValue } from './yaml.js'

export interface FrontMatter {
  meta: Metadata
  /** Full speaker entries (as `toText` writes them). */
  seeds_: SpeakerInit[]
  /** Bare names (`speakers: ['Greg Sanders']`). */
  names_: string[]
  /** Values the model does not accept in the field they name: kept in `meta.extra` under `key`, reported. */
  rejected_: Rejected[]
}

export interface Rejected {
  /** Where the value is kept in `meta.extra` (`source.date`, `speakers.Ana Ruiz.id`). */
  key_: string
  /** The front-matter key to point at. */
  field_: string
  value_: string
  expected_: string
}

/** The model's own checks for fields front matter fills (core's: what the model defines lives there). */
// Built by a pure call: reading another module's fields at load would keep this table in a bundle without front matter.
const FIELD_CHECKS = /* @__PURE__ */ (() =>
  ({
    'source.date': MODEL_VALUE_CHECKS.isoDate,
    'media.duration': MODEL_VALUE_CHECKS.seconds,
    'speaker.id': MODEL_VALUE_CHECKS.speakerId,
    'speaker.role': MODEL_VALUE_CHECKS.role,
  }) as const)()

/** What the model expects of `value` in `field`, or undefined when it fits. */
function misfit(field: keyof typeof FIELD_CHECKS, value: unknown): string | undefined {
  return FIELD_CHECKS[field](value)
}

const str = (value: YamlValue | undefined): string | undefined => (value === undefined ? undefined : yamlToString(value).trim() || undefined)
const isMap = (value: YamlValue | undefined): value is YamlMap => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `2023-01-10 23:14:35-05:00` -> `2023-01-10T23:14:35-05:00`; dates pass through. */
export function isoDate(text: string): string | undefined {
  const trimmed = text.trim()
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed)
  if (!m) return undefined
  return m[2] ? `${m[1]}T${m[2]}${m[3] ?? ''}` : m[1]
}

/** What the front-matter handlers fill. */
interface FrontContext {
  meta_: Metadata
  extra_: Record<string, string>
  seeds_: SpeakerInit[]
  names_: string[]
  rejected_: Rejected[]
  /** `extra: {}` written: `meta.extra` is kept even when empty. */
  explicitExtra_: boolean
}

/** A handler for one front-matter key: `key` as written, `lower` lower-cased. */
type KeyHandler = (ctx: FrontContext, value: YamlValue, key: string, lower: string) => void

export function readFrontMatter(lines: string[]): FrontMatter {
  const ctx: FrontContext = { meta_: {}, extra_: {}, seeds_: [], names_: [], rejected_: [], explicitExtra_: false }
  for (const { key, value } of parseYaml(lines)) {
    const lower = key.toLowerCase()
    const handler = KEY_HANDLERS.get(lower) ?? keepAsExtra
    handler(ctx, value, key, lower)
  }
  const { meta_: meta, extra_: extra, seeds_: seeds, names_: names, rejected_: rejected } = ctx
  if (Object.keys(extra).length > 0 || ctx.explicitExtra_) meta.extra = extra
  return { meta, seeds_: seeds, names_: names, rejected_: rejected }
}

function reject(ctx: FrontContext, key: string, field: string, value: string, expected: string): void {
  ctx.rejected_.push({ key_: key, field_: field, value_: value, expected_: expected })
  ctx.extra_[key] = value
}

function setExtra(ctx: FrontContext, key: string, value: YamlValue): void {
  const text = yamlToString(value)
  if (text !== '') ctx.extra_[key] = text
}

const keepAsExtra: KeyHandler = (ctx, value, key) => setExtra(ctx, key, value)

/** `title`, `subtitle`, `description`, `place`: text fields of the same name. */
const readTextField: KeyHandler = (ctx, value, _key, lower) => {
  const text = str(value)
  if (text) ctx.meta_[lower as 'title' | 'subtitle' | 'description' | 'place'] = text
}

const readLocation: KeyHandler = (ctx, value) => {
  if (str(value)) ctx.meta_.place = str(value)!
}

const readDate: KeyHandler = (ctx, value, key) => {
  const text = str(value)
  const date = text ? isoDate(text) : undefined
  if (date) ctx.meta_.date = date
  else setExtra(ctx, key, value)
}

const readLanguages: KeyHandler = (ctx, value) => {
  const list = Array.isArray(value) ? value.map((item) => yamlToString(item)) : yamlToString(value).split(/[,\s]+/)
  const tags = list.map((tag) => tag.trim()).filter(Boolean)
  if (tags.length > 0) ctx.meta_.languages = tags
}

const readSource: KeyHandler = (ctx, value) => {
  const { meta_: meta } = ctx
  if (value === '{}') meta.source = {}
  else if (isMap(value)) {
    const source: NonNullable<Metadata['source']> = (meta.source = {})
    for (const field of ['url', 'publisher', 'title', 'date'] as const) {
      const text = str(value[field])
      if (!text) continue
      const date = field === 'date' ? (isoDate(text) ?? text) : text
      const problem = field === 'date' ? misfit('source.date', date) : undefined
      if (problem) reject(ctx, 'source.date', 'date', text, problem)
      else source[field] = date
    }
  } else if (str(value)) meta.source = { ...meta.source, url: str(value)! }
}

const readSourceUrl: KeyHandler = (ctx, value) => {
  ctx.meta_.source = { ...ctx.meta_.source, url: str(value)! }
}

const readPublisher: KeyHandler = (ctx, value) => {
  ctx.meta_.source = { ...ctx.meta_.source, publisher: str(value)! }
}

const readPublished: KeyHandler = (ctx, value, key) => {
  const date = isoDate(str(value) ?? '')
  if (date && !ctx.meta_.source?.date) ctx.meta_.source = { ...ctx.meta_.source, date }
  else setExtra(ctx, key, value)
}

const readMedia: KeyHandler = (ctx, value) => {
  const { meta_: meta } = ctx
  if (value === '{}') meta.media = {}
  else if (isMap(value)) {
    const media: NonNullable<Metadata['media']> = (meta.media = {})
    if (str(value.url)) media.url = str(value.url)!
    if (str(value.type)) media.type = str(value.type)!
    const written = str(value.duration)
    if (written) {
      const duration = Number(written)
      const problem = misfit('media.duration', duration)
      if (problem) reject(ctx, 'media.duration', 'duration', written, problem)
      else media.duration = duration
    }
  } else if (str(value)) meta.media = { url: str(value)! }
}

const readExtra: KeyHandler = (ctx, value, key) => {
  if (value === '{}') ctx.explicitExtra_ = true
  else if (isMap(value)) for (const [inner, innerValue] of Object.entries(value)) setExtra(ctx, inner, innerValue)
  else setExtra(ctx, key, value)
}

const readNotes: KeyHandler = (ctx, value, key) => {
  if (Array.isArray(value) && value.every(isMap)) {
    ctx.meta_.notes = (value as YamlMap[]).map((note): Note => ({ kind: str(note.kind) ?? 'note', value: yamlToString(note.value ?? '') }))
  } else setExtra(ctx, key, value)
}

/** Full entries become registry seeds; a list of bare names is kept as known names (and in `meta.extra`). */
const readSpeakers: KeyHandler = (ctx, value, key) => {
  if (Array.isArray(value) && value.length > 0 && value.every(isMap)) {
    for (const entry of value as YamlMap[]) {
      const seed = speakerSeed(ctx, entry)
      if (seed) ctx.seeds_.push(seed)
    }
  } else {
    const list = Array.isArray(value) ? value.map((item) => yamlToString(item)) : yamlToString(value).split(',')
    ctx.names_.push(...list.map((name) => name.trim()).filter(Boolean))
    setExtra(ctx, key, value)
  }
}

/** One `speakers` entry as a registry seed (none without a name); an id or role the model refuses is rejected. */
function speakerSeed(ctx: FrontContext, entry: YamlMap): SpeakerInit | undefined {
  const name = str(entry.name)
  if (!name) return undefined
  const seed: SpeakerInit = { name }
  const id = str(entry.id)
  const idProblem = id === undefined ? undefined : misfit('speaker.id', id)
  if (idProblem) reject(ctx, `speakers.${name}.id`, 'id', id!, idProblem)
  else if (id) seed.id = id
  const role = str(entry.role)
  const roleProblem = role === undefined ? undefined : misfit('speaker.role', role)
  if (roleProblem) reject(ctx, `speakers.${name}.role`, 'role', role!, roleProblem)
  else if (role) seed.role = role
  if (str(entry.title)) seed.title = str(entry.title)!
  if (str(entry.affiliation)) seed.affiliation = str(entry.affiliation)!
  if (entry.group !== undefined) seed.group = str(entry.group) === 'true'
  if (Array.isArray(entry.aliases)) seed.aliases = entry.aliases.map((alias) => yamlToString(alias))
  return seed
}

/** Front-matter keys (lower-cased) and what reads them; any other key is kept in `meta.extra`. A map, so `constructor` is just a key. */
const KEY_HANDLERS = new Map<string, KeyHandler>([
  ['title', readTextField],
  ['subtitle', readTextField],
  ['description', readTextField],
  ['place', readTextField],
  ['location', readLocation],
  ['date', readDate],
  ['languages', readLanguages],
  ['language', readLanguages],
  ['lang', readLanguages],
  ['source', readSource],
  ['source_url', readSourceUrl],
  ['url', readSourceUrl],
  ['publisher', readPublisher],
  ['published_time', readPublished],
  ['published', readPublished],
  ['media', readMedia],
  ['extra', readExtra],
  ['notes', readNotes],
  ['speakers', readSpeakers],
])
