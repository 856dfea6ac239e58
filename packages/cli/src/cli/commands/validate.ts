import { validateTranscript, type VerbatimMessage } from '@verbatim/core'
import { detectFormat } from '../../detect.js'
import { optionsFor, type CommonOptions } from '../../convert.js'
import { collectFormatOptions, formatFlagOptions, READER_FLAGS } from '../format-flags.js'
import type { FormatName } from '../../formats.js'
import { messagesOfError } from '../../job.js'
import { getFormat } from '../../registry.js'
import { parse, parseFormat } from '../args.js'
import { countBySeverity, plural, printDiagnostics, visible } from '../diagnostics.js'
import { VALIDATE_HELP } from '../help.js'
import { EXIT_FAILED, EXIT_OK, UsageError, type Io } from '../io.js'
import { readInput } from './read-input.js'

const command = 'validate'

interface FileReport {
  file: string
  format: FormatName | null
  valid: boolean
  errors: number
  warnings: number
  messages: VerbatimMessage[]
}

/** Every problem of one input: the format's own rules, then the model it reads into. */
export async function validateText(
  text: string,
  file: string,
  from?: FormatName,
  readOptions: CommonOptions = {},
): Promise<{ format: FormatName; messages: VerbatimMessage[] }> {
  const { format } = detectFormat(text, file, from)
  const handler = getFormat(format)
  const options = optionsFor(format, { ...readOptions, file }, 'read')
  const messages = [...(await handler.validate(text, options))]
  if (format !== 'json' && !messages.some((message) => message.severity === 'error')) {
    // The model a reader builds must itself be valid; a problem here is a reader bug worth seeing.
    const { transcript } = await handler.read(text, options)
    messages.push(...validateTranscript(transcript).messages)
  }
  return { format, messages: messages.map((message) => (message.file === undefined ? { ...message, file } : message)) }
}

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(command, args, {
    from: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    ...formatFlagOptions(READER_FLAGS, false),
  })
  if (values.help) {
    io.stdout.write(VALIDATE_HELP)
    return EXIT_OK
  }
  if (positionals.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give files, or pipe one into standard input', command)
  if (positionals.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be read only once', command)
  const from = parseFormat(command, values.from as string | undefined, '--from')
  const collected = collectFormatOptions(values)
  const readOptions: CommonOptions = { ...collected.shared, formatOptions: collected.formatOptions, readerOptions: collected.readerOptions }

  const reports: FileReport[] = []
  for (const path of positionals.length === 0 ? ['-'] : positionals) {
    let name = path === '-' ? '<stdin>' : path
    let format: FormatName | null = null
    let messages: VerbatimMessage[]
    try {
      const input = await readInput(path, io)
      name = input.name
      const result = await validateText(input.text, name, from, readOptions)
      format = result.format
      messages = [...input.messages, ...result.messages]
    } catch (error) {
      messages = messagesOfError(error, name)
    }
    const { errors, warnings } = countBySeverity(messages)
    const valid = errors === 0 && !(values.strict && warnings > 0)
    reports.push({ file: name, format, valid, errors, warnings, messages })
  }

  if (values.json) {
    const output = reports.map((report) => ({ ...report, messages: visible(report.messages, { quiet: Boolean(values.quiet) }) }))
    io.stdout.write(JSON.stringify(output.length === 1 && positionals.length <= 1 ? output[0] : output, null, 2) + '\n')
  } else {
    for (const report of reports) {
      printDiagnostics(io.stdout, report.messages, { quiet: Boolean(values.quiet) })
      if (!values.quiet) {
        const verdict = report.valid ? 'valid' : 'INVALID'
        io.stderr.write(`${report.file}: ${verdict} (${report.format ?? 'unreadable'}; ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')})\n`)
      }
    }
  }
  return reports.every((report) => report.valid) ? EXIT_OK : EXIT_FAILED
}
