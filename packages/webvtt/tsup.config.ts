import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Internal property names end with `_` (the WebVTT writer's cue writer, stamp check, part tags and
// number ranges): esbuild shortens them in both builds, as in @verbatim/captions. Public names
// (options, the parsed cues, the model) never end with `_` (see docs/decisions.md).
// test/built.test.ts checks the build against the sources.
export default defineConfig({
  ...libraryBuild,
  esbuildOptions(options) {
    options.mangleProps = /[^_]_$/
  },
})
