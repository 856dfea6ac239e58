import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
})
