/** Synthetic roll calls: many distinct speakers, for the scaling test and bench. */

/** A seeded name generator: distinct, varied names, like a roll call. */
function names(count: number, seed = 7): { first: string; last: string }[] {
  let state = seed
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
  const consonants = 'bcdfghjklmnprstvwz'
  const vowels = 'aeiou'
  const word = (syllables: number) => {
    let out = ''
    for (let i = 0; i < syllables; i++) out += consonants[Math.floor(next() * consonants.length)]! + vowels[Math.floor(next() * vowels.length)]!
    return out[0]!.toUpperCase() + out.slice(1)
  }
  const seen = new Set<string>()
  const out: { first: string; last: string }[] = []
  while (out.length < count) {
    const name = { first: word(2 + Math.floor(next() * 2)), last: word(3 + Math.floor(next() * 2)) }
    const key = `${name.first} ${name.last}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}

/** `turns` turns by `distinct` speakers, every third known in capitals with a courtesy title. */
export function rollCall(turns: number, distinct: number): string {
  const cast = names(distinct)
  const out: string[] = []
  for (let i = 0; i < turns; i++) {
    const { first, last } = cast[(i * 7919) % distinct]!
    const label = i % 3 === 0 ? `${first.toUpperCase()} ${last.toUpperCase()}` : `${first} ${last}`
    out.push(`${label}: Thank you. ${first} ${last} spoke about the budget today, and it went well.`)
  }
  return out.join('\n\n')
}

