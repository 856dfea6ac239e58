export { toJsonLd, toJsonLdString } from './to-jsonld.js'
export { fromJsonLd, fromJsonLdSync } from './from-jsonld.js'
export {
  VERBATIM_NAMESPACE,
  VERBATIM_CONTEXT_IRI,
  SCHEMA_ORG_CONTEXT_IRI,
  SCHEMA_ORG_CONTEXT_URLS,
  SCHEMA_NAMESPACE,
  VERBATIM_TERMS,
  SCHEMA_TERMS,
  verbatimContext,
  verbatimContextDocument,
} from './vocabulary.js'
export type { TermDefinition, VerbatimTermName, SchemaTermName, TermName } from './vocabulary.js'
export { SCHEMA_ORG_STAND_IN } from './document-loader.js'
export type * from './types.js'
