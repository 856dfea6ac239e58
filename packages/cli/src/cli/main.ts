/** The `verbatim` command: dispatch to a subcommand, map failures to exit codes. */
import packageJson from '../../package.json'
import { convertCommand } from './commands/convert.js'
import { formatsCommand } from './commands/formats.js'
import { inspectCommand } from './commands/inspect.js'
import { validateCommand } from './commands/validate.js'
import { HELP, MAIN_HELP } from './help.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.js'

export const VERSION: string = packageJson.version

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  convert: convertCommand,
  inspect: inspectCommand,
  validate: validateCommand,
  formats: formatsCommand,
}

/** Run the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      ;(first === undefined ? io.stderr : io.stdout).write(MAIN_HELP)
      return first === undefined ? EXIT_USAGE : EXIT_OK
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${VERSION}\n`)
      return EXIT_OK
    }
    if (first === 'help') {
      const topic = rest[0]
      if (topic === undefined) io.stdout.write(MAIN_HELP)
      else if (HELP[topic]) io.stdout.write(HELP[topic])
      else throw new UsageError(`unknown command ${JSON.stringify(topic)}`)
      return EXIT_OK
    }
    const command = COMMANDS[first]
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(first)} (expected convert, inspect, validate or formats)`)
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `verbatim ${error.command} --help` : 'verbatim --help'
      io.stderr.write(`verbatim${error.command ? ' ' + error.command : ''}: ${error.message}\nSee ${help}.\n`)
      return EXIT_USAGE
    }
    io.stderr.write(`verbatim: ${(error as Error)?.stack ?? String(error)}\n`)
    return EXIT_FAILED
  }
}
