import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Code splitting in both formats: the jsonld.js path (src/expand-foreign.ts, loaded with a
// dynamic import) becomes a chunk of its own, so that the entry (writer and own-form reader)
// never names the optional peer dependency `jsonld`; test/dist.test.ts checks the built files.
export default defineConfig({ ...libraryBuild, splitting: true })
