// The build every library package shares: ESM + CJS + type declarations for both, for Node and
// browsers alike (platform neutral). The CLI has its own config (bin and worker entries).
import type { Options } from 'tsup'

export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // TypeScript 6 deprecates options tsup 8.5 still passes to the declaration build.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
}
