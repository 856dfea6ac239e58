// The root entry: the model's types and everything that does not validate. It never loads zod
// (CI checks it): the schemas, validation and fromJson are in @verbatim/core/schema
// (schema-entry.ts), so readers and writers that never validate do not pay for zod.
export type * from './types.js'
export { MODEL_VERSION, MODEL_MAJOR } from './version.js'
export { EVENT_KINDS, KNOWN_ROLES, isEventKind, isKnownRole } from './vocabulary.js'
// The one event vocabulary every reader and writer uses.
export { EVENT_VOCABULARY, EVENT_STEM_DATA, EVENT_STEMS, normaliseEventWording, eventWordingMap, matchEventKind, eventKindOf } from './event-vocabulary.js'
export { SPEAKER_ID_PATTERN, ROLE_PATTERN, ISO_DATE_PATTERN, MODEL_VERSION_PATTERN, MODEL_VALUE_CHECKS } from './patterns.js'
export { createMessage, formatMessage, hasErrors, MessageGatherer, messageStart } from './message.js'
export type { MessageInit, Severity, VerbatimMessage } from './message.js'
export { VerbatimError, isVerbatimError } from './error.js'
export { toJson } from './to-json.js'
export type { ToJsonOptions } from './to-json.js'
export type { ReadResult, ReadOptions } from './read-result.js'
export { visit, turnsOf, inlinesOf, phrasingOf, isTurn } from './visit.js'
export type { Visitor, VisitResult } from './visit.js'
export { toString, words, countWords } from './text.js'
export type { ToStringOptions } from './text.js'
export { getSpeaker, speakerOf, speakerIndex, slugifyId } from './speakers.js'
export { removePositions, dropPositions } from './positions.js'
// Writers meet node types they do not know in one way.
export { isKnownBlock, isKnownInline, isKnownPhrasing, nodeTypeName, unknownNodeText, unknownNodeMessage, withKnownNodes } from './unknown-node.js'
// Scanning helpers the readers share: where NULs and CRs are, and forward searches line by line.
export { scanText, findNul } from './scan-text.js'
export type { TextScan } from './scan-text.js'
export { NextIndex } from './next-index.js'
// Offsets to points, once per input; where a JSON text stops being JSON.
export { LineIndex, lineStarts, pointAt } from './location.js'
export { jsonErrorOffset, jsonErrorPoint } from './json-error.js'
export { timeSpan, estimateTimes, eachEstimatedTime, speakingTime } from './timing.js'
export type { TimeSpan, EstimatedTime, EstimateOptions, TimedNode } from './timing.js'
// Bytes to text (UTF-8, UTF-16 with a BOM, Windows-1252), for readers that get bytes.
export { decodeBytes, decodeWindows1252 } from './decode.js'
export type { DecodedText, DecodeBytesOptions, TextEncodingName } from './decode.js'
export { summarize } from './summarize.js'
export type { Summary, SpeakerSummary, TurnSummary } from './summarize.js'
export { createTranscript, createSpeaker, createTurn, createParagraph, createText, createEvent, createSegment, createWord } from './builders.js'
