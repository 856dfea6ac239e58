/**
 * The document loader given to jsonld.js. Verbatim's context is always served from the package;
 * every other URL goes to the caller's loader when there is one. Without one nothing is fetched:
 * the schema.org context URLs get a built-in stand-in and anything else is refused.
 */
import type { DocumentLoader, RemoteDocument } from './types.js'
import { isSchemaOrgContextUrl, SCHEMA_NAMESPACE, VERBATIM_CONTEXT_IRI, verbatimContext } from './vocabulary.js'

/** The parts of jsonld.js the readers use. */
export interface JsonLdModule {
  expand(input: unknown, options: { documentLoader: (url: string) => Promise<RemoteDocument> }): Promise<unknown>
}

/**
 * Stands in for the schema.org context when no loader is given: the same `@vocab`, the `type`
 * and `id` aliases and the `schema` prefix. It leaves out schema.org's value coercions
 * (`url` as `@id`, dates as `schema:Date`), which the readers do not depend on: they accept a
 * URL as an IRI or as a string.
 */
export const SCHEMA_ORG_STAND_IN = {
  '@context': { '@vocab': SCHEMA_NAMESPACE, schema: SCHEMA_NAMESPACE, type: '@type', id: '@id' },
} as const

export class RemoteContextRefused extends Error {
  override name = 'RemoteContextRefused'
  constructor(readonly url: string) {
    super(`remote context ${url} refused: no documentLoader was given`)
  }
}

/** A fresh copy each time, since jsonld.js may resolve URLs inside a context in place. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function safeDocumentLoader(loader: DocumentLoader | undefined): (url: string) => Promise<RemoteDocument> {
  return async (url: string) => {
    if (url === VERBATIM_CONTEXT_IRI) return { contextUrl: null, documentUrl: url, document: { '@context': copy(verbatimContext) } }
    if (loader) {
      const remote = await loader(url)
      return { contextUrl: remote.contextUrl ?? null, documentUrl: remote.documentUrl ?? url, document: remote.document }
    }
    if (isSchemaOrgContextUrl(url)) return { contextUrl: null, documentUrl: url, document: copy(SCHEMA_ORG_STAND_IN) }
    throw new RemoteContextRefused(url)
  }
}
