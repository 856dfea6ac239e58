/** Help texts. Format flags are listed from their table, so help and behaviour cannot drift. */
import { FORMATS, FORMAT_NAMES } from '../formats.js'
import { FORMAT_FLAGS, META_FLAGS, READER_FLAGS } from './format-flags.js'

const formatList = FORMAT_NAMES.join('|')

function columns(rows: [string, string][], indent = 2): string {
  const width = Math.min(30, Math.max(...rows.map(([left]) => left.length)) + 2)
  return rows
    .map(([left, right]) => (left.length + 2 > width ? `${' '.repeat(indent)}${left}\n${' '.repeat(indent + width)}${right}` : `${' '.repeat(indent)}${left.padEnd(width)}${right}`))
    .join('\n')
}

function readerFlags(): string {
  return columns([
    ...READER_FLAGS.map((flag): [string, string] => [`    --${flag.flag}${flag.arg ? ' ' + flag.arg : ''}`, flag.help]),
    ['    --option [FORMAT.]KEY=VALUE', 'any other reader option (VALUE as JSON if it parses), repeatable'],
  ])
}

const COMMON: [string, string][] = [
  ['-f, --from FORMAT', `input format (${formatList}); default: from the extension, then the content`],
  ['    --json', 'machine-readable output on stdout'],
  ['    --strict', 'treat warnings as errors (exit 1)'],
  ['-q, --quiet', 'print errors only'],
  ['-h, --help', 'this help'],
]

export const MAIN_HELP = `verbatim: convert, inspect and validate speech transcripts

Usage:
  verbatim convert [inputs...] --to FORMAT[,FORMAT...] [-o FILE | --out-dir DIR] [options]
  verbatim inspect [file] [--json]
  verbatim validate [files...] [--json] [--strict]
  verbatim formats
  verbatim help [command]

Formats:
${columns(FORMAT_NAMES.map((name) => [name, `${FORMATS[name].label} (${FORMATS[name].extensions.join(' ') || '.json, by content'}${FORMATS[name].writes ? '' : '; read only'})`]))}

Options:
  -h, --help      help (of a command: verbatim convert --help)
  -v, --version   print the version

Examples:
  verbatim convert briefing.txt --to webvtt -o briefing.vtt
  verbatim convert transcripts/ --to tei,jsonld --out-dir out/
  verbatim inspect briefing.txt
  verbatim validate captions.vtt --strict

Exit codes: 0 success, 1 a file could not be read, converted or validated, 2 wrong usage.
`

export const CONVERT_HELP = `verbatim convert: convert transcripts between formats

Usage:
  verbatim convert [inputs...] --to FORMAT[,FORMAT...] [-o FILE | --out-dir DIR] [options]

Inputs are files, directories (every transcript file under them, recursively) or - for standard
input (the default). One input to one format with no -o or --out-dir goes to standard output;
otherwise each output is named after its input (briefing.txt -> briefing.vtt) and written beside
it, or under --out-dir (mirroring the layout under a directory input). Outputs are written
atomically (temporary file, then rename) and never over an input file. One failed file does not
stop the others; the summary names it and the exit code is 1.

Options:
${columns([
  ['-t, --to FORMAT', `output format(s): ${formatList}, comma-separated or repeated; all = ${FORMAT_NAMES.filter((name) => FORMATS[name].inAll).join(',')}`],
  ['-o, --output FILE', 'write the output there (one input, one format)'],
  ['-d, --out-dir DIR', 'write every output under DIR (created if missing)'],
  ['-j, --jobs N', 'worker threads (default: all cores for 8 files or more, else 1)'],
  ['    --no-progress', 'no progress bar or per-file lines'],
  ...COMMON,
])}

Metadata (set on the transcript before writing, in every format):
${columns(META_FLAGS.map((flag) => [`    --${flag.flag} VALUE`, flag.help]))}

Reader and writer options:
${columns([
  ...FORMAT_FLAGS.map((flag): [string, string] => [`    --${flag.flag}${flag.arg ? ' ' + flag.arg : ''}`, flag.help]),
  ['    --option [FORMAT.]KEY=VALUE', 'any other reader or writer option (VALUE as JSON if it parses), repeatable'],
])}

Examples:
  verbatim convert briefing.txt --to webvtt > briefing.vtt
  cat briefing.txt | verbatim convert --to tei -o briefing.tei.xml
  verbatim convert briefing.txt --to all --out-dir out/
  verbatim convert transcripts/ --to webvtt --line-length 32 --out-dir captions/
  verbatim convert talk.vtt --to text --title "Keynote" --date 2024-05-01
  verbatim convert hearing.txt --speakers speakers.json --to tei --id-prefix h1-
`

export const INSPECT_HELP = `verbatim inspect: a transcript at a glance

Usage:
  verbatim inspect [file] [options]

Prints the title and metadata, the speakers with role, aliases, turns and words, the turn and
event counts, and the reader's diagnostics. With --json, prints exactly summarize() of
@verbatim/core as JSON.

Options:
${columns(COMMON)}

Reader options:
${readerFlags()}

Examples:
  verbatim inspect briefing.txt
  verbatim inspect captions.vtt --json | jq '.speakers[].name'
`

export const VALIDATE_HELP = `verbatim validate: check files against their format's rules

Usage:
  verbatim validate [files...] [options]

Checks each file and prints every problem as file:line:column: severity: reason [rule-id].
  json     the model's schema and semantic checks (ids, references, times)
  tei      XML well-formedness and TEI structure
  webvtt   WebVTT syntax (the cue parser in strict mode)
  text     the plain-text reader's diagnostics
  jsonld   the JSON-LD reader's diagnostics
Every format is then read into the model, which is checked too. Exit code 1 when a file has an
error (or, with --strict, a warning).

Options:
${columns(COMMON)}

Reader options:
${readerFlags()}

Examples:
  verbatim validate transcript.json
  verbatim validate captions/*.vtt --strict --quiet
  verbatim validate briefing.tei.xml --json
`

export const FORMATS_HELP = `verbatim formats: list the formats, their extensions and detection

Usage:
  verbatim formats [--json]
`

export const HELP: Record<string, string> = {
  convert: CONVERT_HELP,
  inspect: INSPECT_HELP,
  validate: VALIDATE_HELP,
  formats: FORMATS_HELP,
}
