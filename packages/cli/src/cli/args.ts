import { parseArgs, type ParseArgsConfig } from 'node:util'
import { formatFromName, FORMAT_NAMES, FORMATS, type FormatName } from '../formats.js'
import { UsageError } from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** `parseArgs` with its errors turned into usage errors (exit 2) that name the command. */
export function parse<T extends Options>(command: string, args: string[], options: T): { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals }
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    throw new UsageError(message, command)
  }
}

/** `--to tei,webvtt` / `--to all` / repeated `--to`: the formats, in order, without repeats. */
export function parseFormats(command: string, values: string[] | undefined, flag: string): FormatName[] {
  const formats: FormatName[] = []
  for (const value of values ?? []) {
    for (const part of value.split(',')) {
      if (part.trim() === '') continue
      if (part.trim().toLowerCase() === 'all') {
        // "all" is every format that holds any transcript, timed or not, except plain text (the usual source).
        for (const name of FORMAT_NAMES) if (FORMATS[name].inAll && !formats.includes(name)) formats.push(name)
        continue
      }
      const format = formatFromName(part)
      if (!format) throw new UsageError(`${flag} ${JSON.stringify(part)} is not a format (expected ${FORMAT_NAMES.filter((name) => FORMATS[name].writes).join(', ')} or all)`, command)
      if (!FORMATS[format].writes) throw new UsageError(`${flag} ${format}: ${FORMATS[format].label} is read, not written (expected ${FORMAT_NAMES.filter((name) => FORMATS[name].writes).join(', ')} or all)`, command)
      if (!formats.includes(format)) formats.push(format)
    }
  }
  return formats
}

export function parseFormat(command: string, value: string | undefined, flag: string): FormatName | undefined {
  if (value === undefined) return undefined
  const format = formatFromName(value)
  if (!format) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a format (expected ${FORMAT_NAMES.join(', ')})`, command)
  return format
}

export function parseNumber(command: string, value: string | undefined, flag: string, { integer = false, min = 0 } = {}): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < min || (integer && !Number.isInteger(number))) {
    throw new UsageError(`${flag} expects ${integer ? 'a whole number' : 'a number'} of at least ${min}, got ${JSON.stringify(value)}`, command)
  }
  return number
}
