import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Three entries: the root (no zod), @verbatim/core/schema (the zod schemas, validation, fromJson)
// and @verbatim/core/output (the writers' chunked output, internal).
// Internal property names end with `_` (the time estimate's chain, NextIndex's private fields) and
// are shortened in both builds, as in @verbatim/text; the model, options, messages and every
// exported name never end with `_` (see docs/decisions.md, "Text: a smaller browser bundle").
// test/built.test.ts checks the build against the sources.
export default defineConfig({
  ...libraryBuild,
  entry: { index: 'src/index.ts', schema: 'src/schema-entry.ts', output: 'src/output-entry.ts' },
  esbuildOptions(options) {
    options.mangleProps = /[^_]_$/
  },
})
