/**
 * The narrower words of the role phrases (`anchors_` of `PHRASE_RULES`): a turn without one is not searched
 * with the rule's pattern, so every text the pattern matches must hold one of them, lower-cased,
 * whatever its case (capitals, `ſ`, the Kelvin sign).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PHRASE_RULES } from '../src/role-rules.js'

/** Pieces of the phrases and their near misses, in every case. */
const pieces = [
  'thank', 'thanks', 'you ', 'so much ', 'very much ', 'for ', 'joining me', 'joining us on the ', 'coming on ', 'being on ', 'the ', 'my ', 'our ',
  'show', 'podcast', 'listening', 'tuning in', 'gracias ', 'por ', 'escuchar', 'escucharnos', 'having me', 'inviting me', 'the invitation',
  'glad ', 'happy ', 'to be ', 'here', 'on the show', 'back', 'invitarme', 'tenerme', 'la invitación', ' ', '.', 'x',
]
const form = fc.constantFrom('lower', 'upper', 'long-s', 'kelvin')
const recase = ([piece, how]: [string, string]): string =>
  how === 'upper' ? piece.toUpperCase() : how === 'long-s' ? piece.replace(/s/g, '\u017f') : how === 'kelvin' ? piece.replace(/k/g, '\u212a') : piece
const mixed = fc.array(fc.tuple(fc.constantFrom(...pieces), form), { maxLength: 8 }).map((parts) => parts.map(recase).join(''))
/** Phrase-shaped texts: an opening, an optional filler, the linking word, an ending. */
const shaped = fc
  .tuple(
    fc.tuple(fc.constantFrom('thank ', 'thanks ', 'gracias ', 'glad ', 'happy '), form),
    fc.tuple(fc.constantFrom('', 'you ', 'so much ', 'you very much '), form),
    fc.tuple(fc.constantFrom('for ', 'por ', 'to be '), form),
    fc.tuple(fc.constantFrom('listening', 'tuning in', 'joining me', 'joining us on the show', 'coming on the podcast', 'being on my show', 'having me', 'inviting me', 'the invitation', 'escuchar', 'escucharnos', 'invitarme', 'tenerme', 'la invitación', 'here', 'back', 'on the show', 'on the podcast'), form),
  )
  .map((parts) => parts.map(recase).join(''))
const cased = fc.oneof(mixed, shaped)

describe('role phrase anchors', () => {
  it('every text a rule with anchors matches holds one of its anchors, lower-cased', () => {
    const anchored = PHRASE_RULES.filter((rule) => rule.anchors_)
    expect(anchored.map((rule) => rule.id).sort()).toEqual(['thanks-for-having-me', 'thanks-for-joining-me', 'thanks-for-listening'])
    const matched = new Set<string>()
    fc.assert(
      fc.property(cased, (text) => {
        const lower = text.toLowerCase()
        for (const rule of anchored) {
          if (!rule.pattern.test(text)) continue
          matched.add(rule.id)
          expect(rule.anchors_!.some((anchor) => lower.includes(anchor))).toBe(true)
        }
      }),
      { numRuns: 20_000 },
    )
    // The generator reaches every anchored rule (else the property proves nothing for it).
    expect([...matched].sort()).toEqual(anchored.map((rule) => rule.id).sort())
  })
})
