import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Internal property names end with `_` (the planner's units, tokens, cutter and settler state):
// esbuild shortens them in both builds, as it does local variables. Public names (the plan, its
// cues and parts, options, exported types) never end with `_` (see docs/decisions.md).
export default defineConfig({
  ...libraryBuild,
  esbuildOptions(options) {
    options.mangleProps = /[^_]_$/
  },
})
