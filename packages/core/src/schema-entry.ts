// @verbatim/core/schema: validation, and what needs it. The zod schemas of every node, the
// JSON Schema generated from them, validateTranscript and the semantic checks, and fromJson
// (which validates). The only entry that loads zod (a peer dependency: install it beside core).
export {
  pointSchema,
  positionSchema,
  dataSchema,
  sourceSchema,
  mediaSchema,
  noteSchema,
  metadataSchema,
  eventKindSchema,
  knownRoleSchema,
  roleSchema,
  speakerSchema,
  timingSchema,
  textSchema,
  eventSchema,
  wordSchema,
  phrasingSchema,
  segmentSchema,
  inlineSchema,
  paragraphSchema,
  turnSchema,
  breakSchema,
  blockSchema,
  transcriptSchema,
} from './schema.js'
export { validateTranscript, checkTranscript, formatPath, MAX_PLAUSIBLE_TIME } from './validate.js'
export type { ValidationResult } from './validate.js'
export { fromJson } from './json.js'
export type { FromJsonResult } from './json.js'
export { jsonSchema } from './json-schema.js'
