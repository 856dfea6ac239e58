#!/usr/bin/env node
// The `verbatim` executable. It only loads the built command, dist/bin.js. It is a file of its
// own, committed, because npm links a package's bin when it installs it: in a clone of the
// repository that is before the build (`npm ci`, then `npm run build`), and npm links no bin
// whose file does not exist yet. When the build is missing it says so instead of failing.
import { existsSync } from 'node:fs'

const built = new URL('../dist/bin.js', import.meta.url)
if (existsSync(built)) {
  await import(built.href)
} else {
  process.stderr.write(
    `verbatim: the command is not built (${built.pathname} is missing).\n` +
      'In a clone of the Verbatim repository, run `npm run build` (or `npm start`) at its root first.\n',
  )
  process.exitCode = 1
}
