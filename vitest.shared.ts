// Tests import workspace packages from their sources, so a change in core is seen by every
// package's tests without a rebuild; publint and attw check the built packages separately.
import { fileURLToPath } from 'node:url'

const source = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))

export const workspaceAliases = {
  // Before '@verbatim/core', which would otherwise match '@verbatim/core/schema' as a prefix.
  '@verbatim/core/schema': fileURLToPath(new URL('./packages/core/src/schema-entry.ts', import.meta.url)),
  '@verbatim/core': source('core'),
  '@verbatim/text': source('text'),
  '@verbatim/tei': source('tei'),
  '@verbatim/webvtt': source('webvtt'),
  '@verbatim/jsonld': source('jsonld'),
  '@verbatim/test-utils/suite': fileURLToPath(new URL('./packages/test-utils/src/suite.ts', import.meta.url)),
  '@verbatim/test-utils': source('test-utils'),
}
