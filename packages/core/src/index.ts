export type * from './types.js'
export { MODEL_VERSION, MODEL_MAJOR } from './version.js'
export { EVENT_KINDS, KNOWN_ROLES, isEventKind, isKnownRole } from './vocabulary.js'
export { SPEAKER_ID_PATTERN, ROLE_PATTERN, ISO_DATE_PATTERN, MODEL_VERSION_PATTERN } from './patterns.js'
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
export { createMessage, formatMessage, hasErrors, messageStart } from './message.js'
export type { MessageInit, Severity, VerbatimMessage } from './message.js'
export { VerbatimError, isVerbatimError } from './error.js'
export { validateTranscript, checkTranscript, formatPath, MAX_PLAUSIBLE_TIME } from './validate.js'
export type { ValidationResult } from './validate.js'
export { toJson, fromJson } from './json.js'
export type { ToJsonOptions, FromJsonResult } from './json.js'
export { visit, turnsOf, inlinesOf, phrasingOf, isTurn } from './visit.js'
export type { Visitor, VisitResult } from './visit.js'
export { toString, words, countWords } from './text.js'
export type { ToStringOptions } from './text.js'
export { getSpeaker, speakerOf, speakerIndex, slugifyId } from './speakers.js'
export { removePositions } from './positions.js'
// Scanning helpers the readers share: where NULs and CRs are, and forward searches line by line.
export { scanText, findNul } from './scan-text.js'
export type { TextScan } from './scan-text.js'
export { NextIndex } from './next-index.js'
export { timeSpan, estimateTimes, eachEstimatedTime } from './timing.js'
export type { TimeSpan, EstimatedTime, EstimateOptions, TimedNode } from './timing.js'
// Bytes to text (UTF-8, UTF-16 with a BOM, Windows-1252), for readers that get bytes.
export { decodeBytes, decodeWindows1252 } from './decode.js'
export type { DecodedText, DecodeBytesOptions, TextEncodingName } from './decode.js'
export { summarize } from './summarize.js'
export type { Summary, SpeakerSummary, TurnSummary } from './summarize.js'
export { createTranscript, createSpeaker, createTurn, createParagraph, createText, createEvent, createSegment, createWord } from './builders.js'
export { jsonSchema } from './json-schema.js'
