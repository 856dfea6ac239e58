import { defineConfig } from 'tsup'
import { libraryBuild } from '../../tsup.base'

/**
 * Internal fields that tests read by name, so they keep it in the source: the build shortens them
 * like the `_` names. Never a public, serialised or core name (the model, options, messages, rule
 * tables, `FURNITURE_RULES` keys, core's `MODEL_VALUE_CHECKS`): add a name only after checking
 * every use of it in `src/` (see docs/decisions.md, "Text: a smaller browser bundle").
 */
const INTERNAL_FIELDS = ['firstCodes', 'contentLine', 'contentOffset', 'lineLabels', 'moderatorSupport', 'plainTokens', 'plainWords', 'allowTypo', 'currentWitness', 'lastEnd']

// Internal property names end with `_` (the read context, units, the speaker registry...):
// esbuild shortens them in both builds, as it does local variables. Public and serialised names
// (the model, options, messages, exported types and rule tables) never end with `_`
// (see docs/decisions.md, "Text: a smaller browser bundle").
export default defineConfig({
  ...libraryBuild,
  entry: { index: 'src/index.ts', basic: 'src/basic.ts' },
  esbuildOptions(options) {
    options.mangleProps = new RegExp(`[^_]_$|^(?:${INTERNAL_FIELDS.join('|')})$`)
  },
})
