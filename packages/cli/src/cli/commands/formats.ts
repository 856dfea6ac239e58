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
    for (const info of formats) {
      io.stdout.write(`${info.name.padEnd(8)}${info.label.padEnd(34)}reads ${info.extensions.join(' ')}, writes ${info.outputExtension}\n`)
    }
    io.stdout.write('\nWithout --from, the format comes from the extension, then from the content\n(WEBVTT signature, XML, JSON with @context = JSON-LD, other JSON, else plain text).\n')
  }
  return EXIT_OK
}
