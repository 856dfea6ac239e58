import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Two entries: the root (no zod) and @verbatim/core/schema (the zod schemas, validation, fromJson).
export default defineConfig({ ...libraryBuild, entry: { index: 'src/index.ts', schema: 'src/schema-entry.ts' } })
