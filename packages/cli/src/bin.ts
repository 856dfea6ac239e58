#!/usr/bin/env node
/** Entry point of the `verbatim` executable. */
import { readAll } from './cli/io.js'
import { installInterruptCleanup } from './cli/interrupt.js'
import { main } from './cli/main.js'

installInterruptCleanup()
void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readAll(process.stdin),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
}).then((code) => {
  // Let stdout drain (pipes are asynchronous) instead of exiting with process.exit().
  process.exitCode = code
})
