import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases },
  // The end-to-end tests run dist/bin.js: build it once, before every test file, when it is stale.
  test: { testTimeout: 60_000, hookTimeout: 60_000, globalSetup: ['./test/global-setup.ts'] },
})
