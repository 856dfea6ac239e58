import { describe, expect, it } from 'vitest'
import { validateTranscript } from '@verbatim/core/schema'
import { fromText, toText } from '../src/index.js'
import { PHRASE_RULES, PLAY_CUES, ROLE_RULES } from '../src/role-rules.js'

const roles = (text: string, options: Parameters<typeof fromText>[1] = {}) =>
  Object.fromEntries(fromText(text, options).transcript.speakers.map((speaker) => [speaker.name, speaker.role]))

/** One sentence each phrase rule must find, and one close to it that it must not. */
const PHRASES: Record<string, [string, string]> = {
  'welcome-to-episode': ['Welcome back to another episode of the show.', 'Welcome, everyone, it is good to see you.'],
  'bienvenidos-al-programa': ['Bienvenidos a otro episodio de Ciencia Hoy.', 'Bienvenidos a la sala.'],
  'i-am-host': ["Hi, I'm Ana Ruiz, your co-host.", "I'm hosting a dinner tonight."],
  'joined-by-co-host': ["I'm joined as always by my co-host, Lee.", 'I joined the company as a host engineer.'],
  'my-co-host': ['Say hello to my co-host, Lee Park.', 'My co-host is away.'],
  'my-guest': ['My guest today is a compiler writer.', 'I was a guest on another show.'],
  'named-guest': ['My guest today is Tom Becker, who builds compilers.', 'My guest today is a compiler writer.'],
  'joining-me-named': ['Joining me today is Tom Becker.', 'Joining me today is a compiler writer.'],
  'mi-invitado': ['Mi invitado de hoy es Pablo Ortiz.', 'Fui invitado a la fiesta.'],
  'thanks-for-joining-me': ['Well, thanks for joining me.', 'Thanks for joining the call late.'],
  'thanks-for-listening': ['Thanks for listening, and see you next week.', 'Thanks for hearing my question.'],
  'thanks-for-having-me': ['Hi, glad to be here.', 'I am glad you asked.'],
  'i-am-moderator': ["Good morning, I'm your moderator.", 'I moderate my coffee intake.'],
  'introduce-yourselves': ['¿Por qué no nos presentamos?', 'We introduced a new product.'],
}

describe('role rules are data', () => {
  it('every phrase rule has a test sentence, and every rule a description', () => {
    expect(Object.keys(PHRASES).sort()).toEqual(PHRASE_RULES.map((rule) => rule.id).sort())
    for (const rule of ROLE_RULES) expect(rule.description.length).toBeGreaterThan(20)
  })
  for (const rule of PHRASE_RULES) {
    it(`${rule.id} finds its phrase and not a near miss`, () => {
      const [yes, no] = PHRASES[rule.id]!
      expect(rule.pattern.test(yes)).toBe(true)
      expect(rule.pattern.test(no)).toBe(false)
    })
  }
  it('named rules capture the name', () => {
    expect(PHRASE_RULES.find((rule) => rule.id === 'my-co-host')!.pattern.exec('and my co-host, Chris Benson, who is')?.groups?.name).toBe('Chris Benson')
  })
  it('play cues announce a recording', () => {
    for (const cue of ["So let's take a listen to number two.", "Here's the first.", 'Escuchemos el audio.']) expect(PLAY_CUES.some((pattern) => pattern.test(cue))).toBe(true)
    expect(PLAY_CUES.some((pattern) => pattern.test('What do you think?'))).toBe(false)
  })
})

describe('role inference', () => {
  const show = 'Sam Okafor: Ana, welcome to the show.\n\nAna Ruiz: Glad to be here.\n\nSam Okafor: Thanks for listening.\n'

  it('infers a host and a guest from what they say', () => {
    expect(roles(show)).toEqual({ 'Sam Okafor': 'host', 'Ana Ruiz': 'guest' })
  })

  it('leaves the user speaker map alone: a given role wins, and a speaker given without one stays unknown', () => {
    expect(roles(show, { speakers: { 'Sam Okafor': { name: 'Sam Okafor', role: 'staff' } } })).toEqual({ 'Sam Okafor': 'staff', 'Ana Ruiz': 'guest' })
    expect(roles(show, { speakers: { 'Ana Ruiz': { name: 'Ana Ruiz' } } })).toEqual({ 'Sam Okafor': 'host', 'Ana Ruiz': 'unknown' })
  })

  it('leaves roles written in the front matter alone', () => {
    const text = `---\nspeakers:\n  - name: Ana Ruiz\n    role: official\n---\n${show}`
    expect(roles(text)).toEqual({ 'Ana Ruiz': 'official', 'Sam Okafor': 'host' })
  })

  it('keeps inferred roles and names through toText', () => {
    const { transcript } = fromText('Dana: Welcome to another episode. I\'m Dana Smith.\n\nLee: Happy to be here.\n')
    expect(transcript.speakers.map(({ id, name, role }) => ({ id, name, role }))).toEqual([
      { id: 'dana-smith', name: 'Dana Smith', role: 'host' },
      { id: 'lee', name: 'Lee', role: 'guest' },
    ])
    expect(validateTranscript(transcript).valid).toBe(true)
    expect(fromText(toText(transcript)).transcript.speakers.map(({ id, name, role }) => ({ id, name, role }))).toEqual(transcript.speakers.map(({ id, name, role }) => ({ id, name, role })))
  })

  it('does not touch press conferences: an official who says a guest phrase stays official', () => {
    const text = 'MR. KIRBY: Thanks for having me. Good afternoon.\n\nQ Thank you. What happened?\n\nMR. KIRBY: We are looking into it.\n'
    expect(roles(text)).toEqual({ 'Mr. Kirby': 'official', Journalists: 'journalist' })
  })

  it('does not make a witness of someone who answers nobody\'s questions', () => {
    const text = 'Senator Hale: The meeting is open.\n\nNora Quist: Thank you.\n\nSenator Hale: We adjourn.\n\nNora Quist: Goodbye.\n'
    expect(roles(text)['Nora Quist']).toBe('unknown')
  })

  it('needs two or more others for a panel: an interviewer alone is no moderator', () => {
    const text = 'Alex Kim: Why?\n\nBo Chen: Because.\n\nAlex Kim: How?\n\nBo Chen: Slowly.\n\nAlex Kim: When?\n\nBo Chen: Soon.\n'
    expect(roles(text)).toEqual({ 'Alex Kim': 'unknown', 'Bo Chen': 'unknown' })
  })

  it('never finds a panel in a court record: an examining attorney is no moderator', () => {
    const text = 'THE COURT: Proceed.\n\nMR. STONE: Where were you?\n\nTHE WITNESS: At home.\n\nMR. STONE: When?\n\nTHE WITNESS: At noon.\n\nMR. STONE: Alone?\n\nMS. GRAY: Objection.\n'
    // Counsel in a court record (a judge speaks): `attorney` since the court-counsel rule, never a moderator.
    expect(roles(text)['Mr. Stone']).toBe('attorney')
  })

  it('reads counsel addressed by an office title as counsel in a court record only (court-counsel)', () => {
    const argument = 'CHIEF JUSTICE ROBERTS: General Park.\n\nGENERAL PARK: Mr. Chief Justice, may it please the Court.\n\nJUSTICE KAGAN: Why?\n'
    expect(roles(argument)['Park']).toBe('attorney')
    expect(roles('GENERAL PARK: The troops are ready.\n\nQ: When?\n\nGENERAL PARK: Soon.\n')['Park']).toBe('official')
  })

  it('does not rename a speaker to a name another speaker has', () => {
    const text = "Dana: Welcome to the show. I'm Dana Smith.\n\nDana Smith: Hello.\n"
    const names = fromText(text).transcript.speakers.map((speaker) => speaker.name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('first names for speakers known by surname only', () => {
  const names = (text: string) => fromText(text).transcript.speakers.map((speaker) => speaker.name)

  it('takes the first name from the title, or from the text', () => {
    expect(names('# Press Briefing by Press Secretary Karoline Leavitt\n\nMS. LEAVITT: Good afternoon.\n\nQ: Thank you.')).toContain('Karoline Leavitt')
    expect(names('MS. LEAVITT: Good afternoon, I am Karoline Leavitt.\n\nQ: Thank you.')).toContain('Karoline Leavitt')
  })

  it('looks no further than the first 1,000,000 characters, title included', () => {
    const filler = 'Q: ' + 'word '.repeat(199_990) + '\n\n'
    expect(names(`MS. LEAVITT: Good afternoon.\n\n${filler}Q: Karoline Leavitt, thanks.`)).toContain('Ms. Leavitt')
    expect(names(`MS. LEAVITT: Good afternoon, Karoline Leavitt here.\n\n${filler}`)).toContain('Karoline Leavitt')
  })
})

describe('phrase rule keywords (the cheap search that decides whether a pattern is run)', () => {
  it('every match of every phrase pattern, in fixtures and shared corpora, holds one of its keywords', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { sharedAvailable, sharedFiles, readShared } = await import('@verbatim/test-utils')
    const dir = new URL('./fixtures/', import.meta.url)
    const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, dir), 'utf8'))
    for (const folder of ['corpus', 'corpus-more']) if (sharedAvailable(`keywords ${folder}`, folder)) texts.push(...sharedFiles(folder, /\.txt$/).map((name) => readShared(folder, name)))
    let matches = 0
    for (const rule of PHRASE_RULES) {
      const global = new RegExp(rule.pattern.source, rule.pattern.flags + 'g')
      for (const text of texts) {
        for (const found of text.matchAll(global)) {
          matches++
          expect([rule.id, rule.keywords.some((keyword) => found[0].toLowerCase().includes(keyword))]).toEqual([rule.id, true])
        }
      }
    }
    expect(matches).toBeGreaterThan(10)
  })
})
