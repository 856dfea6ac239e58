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
const FIELD_CHECKS = {
  'source.date': MODEL_VALUE_CHECKS.isoDate,
  'media.duration': MODEL_VALUE_CHECKS.seconds,
  'speaker.id': MODEL_VALUE_CHECKS.speakerId,
  'speaker.role': MODEL_VALUE_CHECKS.role,
} as const

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

export function readFrontMatter(lines: string[]): FrontMatter {
  const meta: Metadata = {}
  const extra: Record<string, string> = {}
  const seeds: SpeakerInit[] = []
  const names: string[] = []
  const rejected: Rejected[] = []
  const reject = (key: string, field: string, value: string, expected: string) => {
    rejected.push({ key_: key, field_: field, value_: value, expected_: expected })
    extra[key] = value
  }
  let explicitExtra = false
  const setExtra = (key: string, value: YamlValue) => {
    const text = yamlToString(value)
    if (text !== '') extra[key] = text
  }
  for (const { key, value } of parseYaml(lines)) {
    const lower = key.toLowerCase()
    switch (lower) {
      case 'title':
      case 'subtitle':
      case 'description':
      case 'place': {
        const text = str(value)
        if (text) meta[lower] = text
        break
      }
      case 'location':
        if (str(value)) meta.place = str(value)!
        break
      case 'date': {
        const text = str(value)
        const date = text ? isoDate(text) : undefined
        if (date) meta.date = date
        else setExtra(key, value)
        break
      }
      case 'languages':
      case 'language':
      case 'lang': {
        const list = Array.isArray(value) ? value.map((item) => yamlToString(item)) : yamlToString(value).split(/[,\s]+/)
        const tags = list.map((tag) => tag.trim()).filter(Boolean)
        if (tags.length > 0) meta.languages = tags
        break
      }
      case 'source':
        if (value === '{}') meta.source = {}
        else if (isMap(value)) {
          meta.source = {}
          for (const field of ['url', 'publisher', 'title', 'date'] as const) {
            const text = str(value[field])
            if (!text) continue
            const date = field === 'date' ? (isoDate(text) ?? text) : text
            const problem = field === 'date' ? misfit('source.date', date) : undefined
            if (problem) reject('source.date', 'date', text, problem)
            else meta.source[field] = date
          }
        } else if (str(value)) meta.source = { ...meta.source, url: str(value)! }
        break
      case 'source_url':
      case 'url':
        meta.source = { ...meta.source, url: str(value)! }
        break
      case 'publisher':
        meta.source = { ...meta.source, publisher: str(value)! }
        break
      case 'published_time':
      case 'published': {
        const date = isoDate(str(value) ?? '')
        if (date && !meta.source?.date) meta.source = { ...meta.source, date }
        else setExtra(key, value)
        break
      }
      case 'media':
        if (value === '{}') meta.media = {}
        else if (isMap(value)) {
          meta.media = {}
          if (str(value.url)) meta.media.url = str(value.url)!
          if (str(value.type)) meta.media.type = str(value.type)!
          const written = str(value.duration)
          if (written) {
            const duration = Number(written)
            const problem = misfit('media.duration', duration)
            if (problem) reject('media.duration', 'duration', written, problem)
            else meta.media.duration = duration
          }
        } else if (str(value)) meta.media = { url: str(value)! }
        break
      case 'extra':
        if (value === '{}') explicitExtra = true
        else if (isMap(value)) for (const [inner, innerValue] of Object.entries(value)) setExtra(inner, innerValue)
        else setExtra(key, value)
        break
      case 'notes':
        if (Array.isArray(value) && value.every(isMap)) {
          meta.notes = (value as YamlMap[]).map((note): Note => ({ kind: str(note.kind) ?? 'note', value: yamlToString(note.value ?? '') }))
        } else setExtra(key, value)
        break
      case 'speakers':
        if (Array.isArray(value) && value.length > 0 && value.every(isMap)) {
          for (const entry of value as YamlMap[]) {
            const name = str(entry.name)
            if (!name) continue
            const seed: SpeakerInit = { name }
            const id = str(entry.id)
            const idProblem = id === undefined ? undefined : misfit('speaker.id', id)
            if (idProblem) reject(`speakers.${name}.id`, 'id', id!, idProblem)
            else if (id) seed.id = id
            const role = str(entry.role)
            const roleProblem = role === undefined ? undefined : misfit('speaker.role', role)
            if (roleProblem) reject(`speakers.${name}.role`, 'role', role!, roleProblem)
            else if (role) seed.role = role
            if (str(entry.title)) seed.title = str(entry.title)!
            if (str(entry.affiliation)) seed.affiliation = str(entry.affiliation)!
            if (entry.group !== undefined) seed.group = str(entry.group) === 'true'
            if (Array.isArray(entry.aliases)) seed.aliases = entry.aliases.map((alias) => yamlToString(alias))
            seeds.push(seed)
          }
        } else {
          const list = Array.isArray(value) ? value.map((item) => yamlToString(item)) : yamlToString(value).split(',')
          names.push(...list.map((name) => name.trim()).filter(Boolean))
          setExtra(key, value)
        }
        break
      default:
        setExtra(key, value)
    }
  }
  if (Object.keys(extra).length > 0 || explicitExtra) meta.extra = extra
  return { meta, seeds_: seeds, names_: names, rejected_: rejected }
}
