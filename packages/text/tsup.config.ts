import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

// Internal property names end with `_` (the read context, units, the speaker registry...):
// esbuild shortens them in both builds, as it does local variables. Public and serialised names
// (the model, options, messages, exported types and rule tables) never end with `_`
// (see docs/decisions.md, "Text: a smaller browser bundle").
export default defineConfig({
  ...libraryBuild,
  esbuildOptions(options) {
    options.mangleProps = /[^_]_$/
  },
})
