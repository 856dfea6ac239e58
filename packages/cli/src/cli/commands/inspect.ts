import { summarize, type Summary, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { readTranscript } from '../../convert.js'
import { FORMATS } from '../../formats.js'
import { messagesOfError } from '../../job.js'
import { parse, parseFormat } from '../args.js'
import { countBySeverity, plural, printDiagnostics } from '../diagnostics.js'
import { collectFormatOptions, formatFlagOptions, READER_FLAGS } from '../format-flags.js'
import { INSPECT_HELP } from '../help.js'
import { EXIT_FAILED, EXIT_OK, UsageError, type Io } from '../io.js'
import { readInput } from './read-input.js'

const command = 'inspect'

export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(command, args, {
    from: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    ...formatFlagOptions(READER_FLAGS, false),
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.stdout.write(INSPECT_HELP)
    return EXIT_OK
  }
  if (positionals.length > 1) throw new UsageError('inspect takes one file (use validate for several)', command)
  if (positionals.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give a file, or pipe a transcript into standard input', command)
  const from = parseFormat(command, values.from as string | undefined, '--from')
  const collected = collectFormatOptions(values)

  let name = positionals[0] ?? '<stdin>'
  let messages: VerbatimMessage[]
  let transcript: Transcript
  let format
  try {
    const input = await readInput(positionals[0], io)
    name = input.name
    const read = await readTranscript(input.text, {
      file: name,
      ...(from ? { from } : {}),
      ...collected.shared,
      formatOptions: collected.formatOptions,
      readerOptions: collected.readerOptions,
    })
    transcript = read.transcript
    messages = [...input.messages, ...read.messages.map((message) => (message.file === undefined ? { ...message, file: name } : message))]
    format = read
  } catch (error) {
    printDiagnostics(io.stderr, messagesOfError(error, name))
    return EXIT_FAILED
  }

  const summary = summarize(transcript)
  if (values.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n')
  else {
    io.stdout.write(describe(name, `${FORMATS[format.from].label}, detected by ${format.detectedBy}`, transcript, summary, messages))
    printDiagnostics(io.stdout, messages, { quiet: Boolean(values.quiet) })
  }
  const { errors, warnings } = countBySeverity(messages)
  return errors > 0 || (values.strict && warnings > 0) ? EXIT_FAILED : EXIT_OK
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  return rows.map((row) => '  ' + row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd()).join('\n')
}

function describe(name: string, format: string, transcript: Transcript, summary: Summary, messages: VerbatimMessage[]): string {
  const meta = transcript.meta
  const lines: string[] = [`${name} (${format})`, '']
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`${(label + ':').padEnd(12)}${value}`)
  }
  field('Title', summary.title ?? '(none)')
  field('Subtitle', meta.subtitle)
  field('Date', meta.date)
  field('Place', meta.place)
  field('Languages', meta.languages?.join(', '))
  field('Source', [meta.source?.publisher, meta.source?.url].filter(Boolean).join(', ') || undefined)
  field('Media', [meta.media?.url, meta.media?.type, meta.media?.duration === undefined ? undefined : `${meta.media.duration} s`].filter(Boolean).join(', ') || undefined)

  lines.push('', `Speakers (${summary.speakers.length}):`)
  if (summary.speakers.length > 0) {
    lines.push(
      table([
        ['id', 'name', 'role', 'turns', 'words', 'aliases'],
        ...summary.speakers.map((speaker) => [
          speaker.id,
          speaker.name + (speaker.group ? ' (group)' : ''),
          speaker.role,
          String(speaker.turns),
          String(speaker.words),
          speaker.aliases.join(' | '),
        ]),
      ]),
    )
  }
  const words = summary.speakers.reduce((sum, speaker) => sum + speaker.words, 0)
  const unattributed = summary.turns.filter((turn) => turn.speaker === null).length
  const interpreted = summary.turns.filter((turn) => turn.interpreted).length
  const timed = summary.turns.filter((turn) => turn.start !== null).length
  lines.push('')
  lines.push(`Turns:      ${summary.turns.length} (${interpreted} interpreted, ${timed} timed, ${unattributed} unattributed)`)
  lines.push(`Words:      ${words} (attributed turns)`)
  const breaks = transcript.children.filter((block) => block.type === 'break').length
  if (breaks > 0) lines.push(`Sections:   ${breaks + 1}`)
  const events = Object.entries(summary.events).sort(([a], [b]) => (a < b ? -1 : 1))
  lines.push(`Events:     ${events.length === 0 ? 'none' : events.map(([kind, count]) => `${kind} ${count}`).join(', ')}`)
  const { errors, warnings } = countBySeverity(messages)
  lines.push(`Diagnostics: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
  return lines.join('\n') + '\n'
}
