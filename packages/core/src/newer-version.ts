/**
 * Reading documents of a newer minor model version (SPEC "Versioning"): a 1.x release reads
 * every 1.y. The schemas stay strict; when a document of a newer minor version fails them, the
 * issues that only say "this release does not know that" (an unknown field, a node type not
 * allowed here) become one `unknown-field` or `unknown-node-type` warning per field or type:
 * unknown fields are kept as they are (tools ignore what they do not read), nodes of unknown
 * types are left out of the tree returned (the input is not changed), so that no tool meets a
 * node it cannot handle. Documents of this release's version or older never get
 * here: their validation is the strict one, at the same cost.
 */
import type { z } from 'zod'
import { createMessage, type VerbatimMessage } from './message.js'
import { MODEL_VERSION_PATTERN } from './patterns.js'
import { MODEL_MAJOR, MODEL_VERSION } from './version.js'

const SOURCE = 'verbatim-core'

/** `'1.10'` -> `{ major: 1, minor: 10 }`; undefined when not `major.minor`. */
export function parseVersion(version: unknown): { major: number; minor: number } | undefined {
  if (typeof version !== 'string') return undefined
  if (!MODEL_VERSION_PATTERN.test(version)) return undefined
  const dot = version.indexOf('.')
  return { major: Number(version.slice(0, dot)), minor: Number(version.slice(dot + 1)) }
}

const CURRENT = /* @__PURE__ */ parseVersion(MODEL_VERSION)!

/** True when `version` is of this major version and a newer minor one than this release's. */
export function isNewerMinor(version: unknown): boolean {
  const parsed = parseVersion(version)
  return parsed !== undefined && parsed.major === MODEL_MAJOR && parsed.minor > CURRENT.minor
}

/** The value at a zod issue's path in the document (undefined where the path leaves the objects). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  return out === '' ? '(root)' : out
}

/** What kind of object holds a field: its node `type`, else the field that holds it (`meta`, `speakers`). */
function ownerName(root: unknown, path: readonly PropertyKey[]): string {
  const owner = valueAt(root, path) as { type?: unknown } | undefined
  if (owner && typeof owner.type === 'string') return owner.type
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i])
  return 'transcript'
}

/**
 * The path of the node an issue says is of a type this release does not allow there (a node in
 * a `children` array whose `type` is a string), or undefined for any other issue.
 */
function unknownNodePath(issue: z.core.$ZodIssue, root: unknown): PropertyKey[] | undefined {
  const path = issue.path
  if (path.length < 3 || path[path.length - 1] !== 'type' || path[path.length - 3] !== 'children') return undefined
  if (issue.code !== 'invalid_union' && issue.code !== 'invalid_value') return undefined
  return typeof valueAt(root, path) === 'string' ? path.slice(0, -1) : undefined
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  if (path.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false
  return true
}

interface Seen {
  first: string
  count: number
}

/**
 * Split the schema issues of a newer-minor document into the errors that remain and one warning
 * per unknown field (per owner type and field name) and per unknown node type, naming the first
 * place and how many there are.
 */
export function lenientIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  version: string,
): { errors: z.core.$ZodIssue[]; warnings: VerbatimMessage[]; unknownNodes: PropertyKey[][] } {
  const nodes = new Map<string, Seen>()
  const unknownNodes: PropertyKey[][] = []
  for (const issue of issues) {
    const path = unknownNodePath(issue, root)
    if (!path) continue
    unknownNodes.push(path)
    const type = String(valueAt(root, issue.path))
    const seen = nodes.get(type)
    if (seen) seen.count++
    else nodes.set(type, { first: pathText(path), count: 1 })
  }
  const fields = new Map<string, Seen & { owner: string; key: string }>()
  const errors: z.core.$ZodIssue[] = []
  for (const issue of issues) {
    if (unknownNodes.some((prefix) => startsWith(issue.path, prefix))) continue
    if (issue.code !== 'unrecognized_keys') {
      errors.push(issue)
      continue
    }
    const owner = ownerName(root, issue.path)
    for (const key of issue.keys) {
      const id = `${owner}\u0000${key}`
      const seen = fields.get(id)
      if (seen) seen.count++
      else fields.set(id, { owner, key, first: pathText([...issue.path, key]), count: 1 })
    }
  }
  const times = (seen: Seen) => (seen.count > 1 ? `${seen.count} times, first at ${seen.first}` : `at ${seen.first}`)
  const warnings: VerbatimMessage[] = []
  for (const seen of fields.values()) {
    warnings.push(
      createMessage(
        `field ${JSON.stringify(seen.key)} of ${seen.owner} is not in model ${MODEL_VERSION} (the document is ${version}): kept as it is, unread (${times(seen)})`,
        'unknown-field',
        SOURCE,
        { severity: 'warning', path: seen.first },
      ),
    )
  }
  for (const [type, seen] of nodes) {
    warnings.push(
      createMessage(
        `node type ${JSON.stringify(type)} is not allowed here in model ${MODEL_VERSION} (the document is ${version}): left out, as this release cannot read it (${times(seen)})`,
        'unknown-node-type',
        SOURCE,
        { severity: 'warning', path: seen.first },
      ),
    )
  }
  return { errors, warnings, unknownNodes }
}

/**
 * A copy of `root` without the nodes at `paths` (each ends in an index of a `children` array),
 * sharing every object not on the way to them. The recursion follows the paths, whose length the
 * schema bounds (at most nine keys), not the input.
 */
export function withoutNodes(root: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  return prune(root, paths, 0)
}

function prune(value: unknown, paths: readonly (readonly PropertyKey[])[], depth: number): unknown {
  const drop = new Set<PropertyKey>()
  const deeper = new Map<PropertyKey, (readonly PropertyKey[])[]>()
  for (const path of paths) {
    const key = path[depth]!
    if (path.length === depth + 1) drop.add(key)
    else deeper.set(key, [...(deeper.get(key) ?? []), path])
  }
  if (Array.isArray(value)) {
    const out: unknown[] = []
    value.forEach((item, index) => {
      if (drop.has(index)) return
      const below = deeper.get(index)
      out.push(below ? prune(item, below, depth + 1) : item)
    })
    return out
  }
  // Object spread copies own keys as own data properties, `__proto__` included.
  const copy: Record<PropertyKey, unknown> = { ...(value as Record<PropertyKey, unknown>) }
  for (const [key, below] of deeper) copy[key] = prune((value as Record<PropertyKey, unknown>)[key], below, depth + 1)
  return copy
}
