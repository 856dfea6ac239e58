import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes, decodeWindows1252, formatMessage } from '../src/index.js'

const bytes = (...values: number[]) => Uint8Array.from(values)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

describe('decodeBytes: UTF-8', () => {
  it('reads UTF-8 without a BOM, saying nothing', () => {
    // "Café – ok" in UTF-8: é is C3 A9, the en dash E2 80 93.
    const result = decodeBytes(bytes(...ascii('Caf'), 0xc3, 0xa9, 0x20, 0xe2, 0x80, 0x93, ...ascii(' ok')))
    expect(result).toEqual({ text: 'Café – ok', encoding: 'utf-8', bom: false, messages: [] })
  })

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('HOST: hi'), 0xe2, 0x80, 0xa6))
    expect(result).toEqual({ text: 'HOST: hi…', encoding: 'utf-8', bom: true, messages: [] })
  })

  it('reads empty input as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false, messages: [] })
  })

  it('keeps a BOM that says UTF-8 on broken UTF-8, with a positioned warning', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('ab\ncd'), 0xff, ...ascii('e')), { file: 'x.txt' })
    expect(result.text).toBe('ab\ncd\ufffde')
    expect(result.encoding).toBe('utf-8')
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({ severity: 'warning', ruleId: 'encoding-invalid', file: 'x.txt', actual: '0xFF 0x65' })
    expect(result.messages[0]!.place).toEqual({ line: 2, column: 3, offset: 5 })
    expect(result.text[5]).toBe('\ufffd')
  })

  it('never throws, and any valid UTF-8 reads back as the string it encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = decodeBytes(new TextEncoder().encode(text))
        expect(result.encoding).toBe('utf-8')
        expect(result.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
      }),
    )
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (input) => void decodeBytes(input)))
  })
})

describe('decodeBytes: UTF-16 with a BOM', () => {
  it('reads UTF-16 LE', () => {
    // FF FE, then "Né…" with é = E9 00 and … = 26 20, and an astral character (U+1F600) as a pair.
    const result = decodeBytes(bytes(0xff, 0xfe, 0x4e, 0x00, 0xe9, 0x00, 0x26, 0x20, 0x3d, 0xd8, 0x00, 0xde))
    expect(result).toEqual({ text: 'Né…\u{1f600}', encoding: 'utf-16le', bom: true, messages: [] })
  })

  it('reads UTF-16 BE', () => {
    const result = decodeBytes(bytes(0xfe, 0xff, 0x00, 0x4e, 0x00, 0xe9, 0x20, 0x26, 0x00, 0x0a))
    expect(result).toEqual({ text: 'Né…\n', encoding: 'utf-16be', bom: true, messages: [] })
  })

  it('warns about an odd number of bytes and replaces what is left', () => {
    const result = decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))
    expect(result.text).toBe('A\ufffd')
    expect(result.messages.map((message) => [message.severity, message.ruleId])).toEqual([['warning', 'encoding-invalid']])
    expect(result.messages[0]!.reason).toContain('odd number of bytes')
  })

  it('warns about an unpaired surrogate', () => {
    const result = decodeBytes(bytes(0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00))
    expect(result.text).toBe('\ufffdA')
    expect(result.messages[0]!.reason).toContain('unpaired surrogates')
  })
})

describe('decodeBytes: Windows-1252 when the bytes are not UTF-8', () => {
  it('reads 0x80-0x9F as Windows-1252, not Latin-1 (… is U+2026, not U+0085)', () => {
    // Word's "ANSI": ‘quoted’ “words”… – € ™ Œ Ÿ, and é as one byte (E9).
    const input = bytes(0x91, ...ascii('q'), 0x92, 0x20, 0x93, ...ascii('w'), 0x94, 0x85, 0x20, 0x96, 0x20, 0x80, 0x20, 0x99, 0x20, 0x8c, 0x20, 0x9f, 0x20, 0xe9)
    const result = decodeBytes(input, { file: 'notes.txt' })
    expect(result.text).toBe('\u2018q\u2019 \u201cw\u201d\u2026 \u2013 \u20ac \u2122 \u0152 \u0178 \u00e9')
    expect(result.text).not.toContain('\u0085')
    expect(result.encoding).toBe('windows-1252')
    expect(result.bom).toBe(false)
  })

  it('says which encoding it assumed, at the first byte that is not UTF-8', () => {
    const input = bytes(...ascii('HOST: Good\r\nGUEST: caf'), 0xe9, ...ascii(' au lait'))
    const result = decodeBytes(input, { file: 'interview.txt' })
    expect(result.text).toBe('HOST: Good\r\nGUEST: café au lait')
    expect(result.messages).toHaveLength(1)
    const message = result.messages[0]!
    expect(message).toMatchObject({ severity: 'info', ruleId: 'encoding-assumed', source: 'verbatim-core', expected: 'UTF-8', actual: '0xE9 0x20 0x61 0x75' })
    // Every byte is one character in Windows-1252, so the place is also the place in the text.
    expect(message.place).toEqual({ line: 2, column: 11, offset: 22 })
    expect(result.text[22]).toBe('é')
    expect(formatMessage(message)).toBe(
      'interview.txt:2:11: info: the text is not valid UTF-8 (byte 0xE9 at line 2, column 11): read as Windows-1252 [encoding-assumed]',
    )
  })

  it('finds the first invalid byte after valid multi-byte UTF-8 and in truncated or overlong sequences', () => {
    const place = (...values: number[]) => decodeBytes(bytes(...values)).messages[0]?.place
    expect(place(0xc3, 0xa9, 0x41, 0xe9)).toMatchObject({ offset: 3 }) // valid é, then a lone E9
    expect(place(0x41, 0xe2, 0x80)).toMatchObject({ offset: 1 }) // truncated at the end
    expect(place(0xc0, 0xaf)).toMatchObject({ offset: 0 }) // overlong encoding of "/"
    expect(place(0xed, 0xa0, 0x80)).toMatchObject({ offset: 0 }) // an encoded surrogate
    expect(place(0x41, 0x0d, 0x42, 0x9c)).toMatchObject({ line: 2, column: 2, offset: 3 }) // a lone CR ends a line
  })

  it('maps the five bytes Windows-1252 leaves undefined to the C1 controls, as WHATWG does', () => {
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d')
  })

  it('agrees with a table written from the Windows-1252 code page on every byte, over chunk boundaries', () => {
    const table: Record<number, number> = {
      0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
      0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
      0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
      0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
    }
    const all = new Uint8Array(256 * 40) // 10 KB: more than one chunk of the decoder
    for (let i = 0; i < all.length; i++) all[i] = i % 256
    const text = decodeWindows1252(all)
    expect(text.length).toBe(all.length)
    for (let i = 0; i < all.length; i++) expect(text.charCodeAt(i)).toBe(table[all[i]!] ?? all[i]!)
  })
})
