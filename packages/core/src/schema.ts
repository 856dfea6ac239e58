/**
 * zod schemas for every node of the model. They are the source of the JSON Schema shipped as
 * `@verbatim/core/schema.json`; `test/types.test-d.ts` keeps them equal to `types.ts`.
 */
import { z } from 'zod'
import { ISO_DATE_PATTERN, MODEL_VERSION_PATTERN, ROLE_PATTERN, SPEAKER_ID_PATTERN } from './patterns.js'
import { EVENT_KINDS, KNOWN_ROLES } from './vocabulary.js'

const nonNegativeInt = z.number().int().nonnegative()
const positiveInt = z.number().int().positive()

export const pointSchema = z
  .object({ line: positiveInt, column: positiveInt, offset: nonNegativeInt.optional() })
  .strict()
  .describe('A place in a source file: 1-based line and column, 0-based offset.')

export const positionSchema = z
  .object({ start: pointSchema, end: pointSchema })
  .strict()
  .describe('Where a node came from in its source; end is exclusive.')

export const dataSchema = z.record(z.string(), z.unknown()).describe('Free data for tools.')

const base = { position: positionSchema.optional(), data: dataSchema.optional() }

/** ISO 8601 date (`2016`, `2016-10`, `2016-10-25`) or date-time with optional offset. */
const isoDate = z
  .string()
  .regex(
    ISO_DATE_PATTERN,
    'expected an ISO 8601 date or date-time such as 2016-10-25 or 2016-10-25T14:30:00+02:00',
  )

const seconds = z.number().finite().nonnegative()

export const sourceSchema = z
  .object({
    url: z.string().min(1).optional(),
    publisher: z.string().optional(),
    title: z.string().optional(),
    date: isoDate.optional(),
  })
  .strict()

export const mediaSchema = z
  .object({ url: z.string().min(1).optional(), type: z.string().optional(), duration: seconds.optional() })
  .strict()

export const noteSchema = z.object({ kind: z.string().min(1), value: z.string(), ...base }).strict()

export const metadataSchema = z
  .object({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    date: isoDate.optional(),
    place: z.string().optional(),
    languages: z.array(z.string().min(1)).optional(),
    description: z.string().optional(),
    source: sourceSchema.optional(),
    media: mediaSchema.optional(),
    extra: z.record(z.string(), z.string()).optional(),
    notes: z.array(noteSchema).optional(),
  })
  .strict()

export const eventKindSchema = z.enum(EVENT_KINDS)

export const knownRoleSchema = z.enum(KNOWN_ROLES)

export const roleSchema = z
  .union([knownRoleSchema, z.string().regex(ROLE_PATTERN, 'expected a lowercase role word')])
  .describe('A known role or a lowercase extension such as senator or juror.')

export const speakerSchema = z
  .object({
    id: z.string().regex(SPEAKER_ID_PATTERN, 'expected an id of letters, digits, _, - and . that starts with a letter or _'),
    name: z.string(),
    role: roleSchema,
    title: z.string().optional(),
    affiliation: z.string().optional(),
    aliases: z.array(z.string()),
    group: z.boolean(),
    ...base,
  })
  .strict()

export const timingSchema = z
  .object({ start: seconds, end: seconds.optional(), source: z.enum(['source', 'estimated']) })
  .strict()

export const textSchema = z.object({ type: z.literal('text'), value: z.string(), ...base }).strict()

export const eventSchema = z
  .object({ type: z.literal('event'), kind: eventKindSchema, value: z.string(), time: timingSchema.optional(), ...base })
  .strict()

export const wordSchema = z
  .object({
    type: z.literal('word'),
    value: z.string().min(1),
    time: timingSchema,
    confidence: z.number().min(0).max(1).optional(),
    ...base,
  })
  .strict()

export const phrasingSchema = z.discriminatedUnion('type', [textSchema, eventSchema, wordSchema])

export const segmentSchema = z
  .object({ type: z.literal('segment'), time: timingSchema, children: z.array(phrasingSchema), ...base })
  .strict()

export const inlineSchema = z.discriminatedUnion('type', [textSchema, eventSchema, wordSchema, segmentSchema])

export const paragraphSchema = z
  .object({ type: z.literal('paragraph'), children: z.array(inlineSchema), ...base })
  .strict()

export const turnSchema = z
  .object({
    type: z.literal('turn'),
    speaker: z.string().nullable(),
    label: z.string().nullable(),
    interpreted: z.boolean(),
    time: timingSchema.optional(),
    language: z.string().min(1).optional(),
    children: z.array(paragraphSchema),
    ...base,
  })
  .strict()

export const breakSchema = z.object({ type: z.literal('break'), title: z.string().optional(), ...base }).strict()

export const blockSchema = z.discriminatedUnion('type', [turnSchema, eventSchema, breakSchema])

export const transcriptSchema = z
  .object({
    type: z.literal('transcript'),
    version: z.string().regex(MODEL_VERSION_PATTERN, 'expected a model version such as 1.0'),
    meta: metadataSchema,
    speakers: z.array(speakerSchema),
    children: z.array(blockSchema),
    ...base,
  })
  .strict()
  .describe('A Verbatim transcript (model version 1).')
