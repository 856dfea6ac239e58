import { FORMATS, FORMAT_NAMES } from '../../formats.js'
import { parse } from '../args.js'
import { FORMATS_HELP } from '../help.js'
import { EXIT_OK, type Io } from '../io.js'

export async function formatsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse('formats', args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } })
  if (values.help) {
    io.stdout.write(FORMATS_HELP)
    return EXIT_OK
  }
  const formats = FORMAT_NAMES.map((name) => FORMATS[name])
  if (values.json) io.stdout.write(JSON.stringify(formats, null, 2) + '\n')
  else {
    const width = Math.max(...formats.map((info) => info.label.length)) + 2
    for (const info of formats) {
      io.stdout.write(`${info.name.padEnd(8)}${info.label.padEnd(width)}reads ${info.extensions.join(' ') || '.json (by content)'}, ${info.writes ? `writes ${info.outputExtension}` : 'read only'}\n`)
    }
    io.stdout.write(
      '\nWithout --from, the format comes from the extension, then from the content\n(WEBVTT signature, SubRip timing lines, HTML with <cite>/<time> = podcast, XML, JSON with @context = JSON-LD,\nJSON of a speech-to-text service = stt, Podcasting 2.0 JSON = podcast, other JSON, else plain text).\n',
    )
  }
  return EXIT_OK
}
