/**
 * The command reads bytes and decodes them itself (core's decodeBytes): UTF-8 with or without a
 * BOM, UTF-16 with a BOM, Windows-1252 when the bytes are not UTF-8, saying which it assumed.
 * Hand-made byte fixtures, through files and standard input, for every command that reads.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromJson } from '@verbatim/core'
import { describe, expect, it } from 'vitest'
import { run, tempDir } from './helpers.js'

const transcript = 'HOST: Welcome \u2013 the caf\u00e9 is open\u2026\n\nGUEST: \u201cThank you.\u201d\n'

/** Windows-1252 bytes of `transcript` (– 0x96, é 0xE9, … 0x85, “ 0x93, ” 0x94). */
const windows1252 = Buffer.from(
  transcript.replace(/[\u2013\u2026\u201c\u201d]/g, (char) => String.fromCharCode({ '\u2013': 0x96, '\u2026': 0x85, '\u201c': 0x93, '\u201d': 0x94 }[char]!)),
  'latin1',
)
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(transcript, 'utf16le')])
const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(transcript, 'utf16le').swap16()])
const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(transcript, 'utf8')])

/** The text of every turn of a converted transcript. */
function turnTexts(json: string): string[] {
  return fromJson(json).transcript.children.flatMap((block) =>
    block.type === 'turn' ? block.children.flatMap((paragraph) => paragraph.children.map((inline) => ('value' in inline ? inline.value : ''))).join('') : [],
  )
}

describe('verbatim decodes its input bytes', () => {
  const cases = [
    ['UTF-8', Buffer.from(transcript, 'utf8'), null],
    ['UTF-8 with a BOM', utf8bom, null],
    ['UTF-16 LE with a BOM', utf16le, null],
    ['UTF-16 BE with a BOM', utf16be, null],
    ['Windows-1252', windows1252, 'info: the text is not valid UTF-8 (byte 0x96 at line 1, column 15): read as Windows-1252 [encoding-assumed]'],
  ] as const

  for (const [name, bytes, said] of cases) {
    it(`converts ${name} from a file, the text intact${said ? ', saying so' : ''}`, async () => {
      const dir = tempDir()
      const input = join(dir, 'interview.txt')
      writeFileSync(input, bytes)
      const result = await run(['convert', input, '--to', 'json'])
      expect(result.code).toBe(0)
      expect(turnTexts(result.stdout)).toEqual(['Welcome \u2013 the caf\u00e9 is open\u2026', '\u201cThank you.\u201d'])
      if (said) expect(result.stderr).toContain(`${input}:1:15: ${said}`)
      else expect(result.stderr).not.toContain('encoding')
    })
  }

  it('decodes standard input the same way', async () => {
    const result = await run(['convert', '--to', 'json'], { input: windows1252 })
    expect(result.code).toBe(0)
    expect(turnTexts(result.stdout)[0]).toBe('Welcome \u2013 the caf\u00e9 is open\u2026')
    expect(result.stderr).toContain('<stdin>:1:15: info: the text is not valid UTF-8')
    const utf16 = await run(['convert', '-', '--to', 'json'], { input: utf16be })
    expect(turnTexts(utf16.stdout)[1]).toBe('\u201cThank you.\u201d')
  })

  it('batch conversion (written files) and inspect and validate say which encoding they assumed', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), windows1252)
    writeFileSync(join(dir, 'b.txt'), utf16le)
    const batch = await run(['convert', dir, '--to', 'json', '--out-dir', join(dir, 'out')])
    expect(batch.code).toBe(0)
    expect(turnTexts(readFileSync(join(dir, 'out', 'a.json'), 'utf8'))[0]).toBe('Welcome \u2013 the caf\u00e9 is open\u2026')
    expect(turnTexts(readFileSync(join(dir, 'out', 'b.json'), 'utf8'))[0]).toBe('Welcome \u2013 the caf\u00e9 is open\u2026')
    expect(batch.stderr).toContain('a.txt:1:15: info: the text is not valid UTF-8')
    const inspect = await run(['inspect', join(dir, 'a.txt')])
    expect(inspect.code).toBe(0)
    expect(inspect.stdout).toContain('read as Windows-1252 [encoding-assumed]')
    const validate = await run(['validate', join(dir, 'a.txt'), join(dir, 'b.txt')])
    expect(validate.code).toBe(0)
    expect(validate.stdout + validate.stderr).toContain('read as Windows-1252 [encoding-assumed]')
  })

  it('still refuses binary input', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const result = await run(['convert', join(dir, 'image.txt'), '--to', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('binary')
  })
})
