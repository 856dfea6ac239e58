import { defineConfig } from 'tsup'

// One build for the library (index: ESM + CJS + types) and the command (bin, worker). The
// worker is a separate entry because worker_threads loads it by file; the bin keeps the
// `#!/usr/bin/env node` line of its source, which tsup turns into an executable file.
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/worker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts', compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // import.meta.url (the worker's location) in the CommonJS build.
  shims: true,
})
