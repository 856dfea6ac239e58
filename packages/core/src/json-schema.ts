import { z } from 'zod'
import { transcriptSchema } from './schema.js'
import { MODEL_VERSION } from './version.js'

/** The JSON Schema (draft 2020-12) of a transcript, generated from the zod schemas. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(transcriptSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>
  return {
    $schema: schema.$schema,
    $id: `https://verbatim.dev/schema/transcript-${MODEL_VERSION}.json`,
    title: 'Verbatim transcript',
    ...schema,
  }
}
