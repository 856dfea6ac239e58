// The zod schemas and the hand-written interfaces must describe the same model. These checks
// are compile-time (run by `npm run typecheck`); the runtime test only keeps vitest honest.
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { blockSchema, eventSchema, metadataSchema, paragraphSchema, speakerSchema, transcriptSchema, turnSchema } from '../src/schema.js'
import type { Block, Event, Metadata, Paragraph, Speaker, Transcript, Turn } from '../src/types.js'

type Infer<T extends z.ZodType> = z.infer<T>

describe('types match schemas', () => {
  it('every node type is assignable both ways', () => {
    expectTypeOf<Infer<typeof transcriptSchema>>().toExtend<Transcript>()
    expectTypeOf<Transcript>().toExtend<Infer<typeof transcriptSchema>>()
    expectTypeOf<Infer<typeof turnSchema>>().toExtend<Turn>()
    expectTypeOf<Turn>().toExtend<Infer<typeof turnSchema>>()
    expectTypeOf<Infer<typeof paragraphSchema>>().toEqualTypeOf<Paragraph>()
    expectTypeOf<Infer<typeof eventSchema>>().toEqualTypeOf<Event>()
    expectTypeOf<Infer<typeof speakerSchema>>().toExtend<Speaker>()
    expectTypeOf<Speaker>().toExtend<Infer<typeof speakerSchema>>()
    expectTypeOf<Infer<typeof metadataSchema>>().toEqualTypeOf<Metadata>()
    expectTypeOf<Infer<typeof blockSchema>>().toExtend<Block>()
    expectTypeOf<Block>().toExtend<Infer<typeof blockSchema>>()
  })
})
