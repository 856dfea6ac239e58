import { describe, expect, it } from 'vitest'
import { NOT_SPEAKERS } from '../src/grammars.js'
import { RECORDING_WORDS } from '../src/role-rules.js'
import { ABBREVIATIONS, BREAK_LABELS, HONORIFICS, LOWER_WORDS, ROLE_LABELS, TITLES, titleCase } from '../src/tables.js'

// The speaker tables are written as compact strings; these check what they unpack to.
describe('speaker tables', () => {
  it('titles: upper-case words, a written-out title, a role', () => {
    expect(TITLES.length).toBeGreaterThan(100)
    for (const entry of TITLES) {
      expect(entry.words).toBe(entry.words.toUpperCase())
      expect(entry.title.toUpperCase()).toBe(entry.words)
      expect(['official', 'senator', 'judge', 'unknown']).toContain(entry.role)
    }
    expect(TITLES).toContainEqual({ words: 'SECRETARY OF DEFENSE', title: 'Secretary of Defense', role: 'official' })
    expect(TITLES).toContainEqual({ words: 'CHIEF JUSTICE', title: 'Chief Justice', role: 'judge' })
    expect(TITLES).toContainEqual({ words: 'MR. SPEAKER', title: 'Mr. Speaker', role: 'official' })
    expect(titleCase('JEFE DE GOBIERNO')).toBe('Jefe de Gobierno')
  })

  it('role labels: one speaker per row, shared by its labels', () => {
    for (const [label, entry] of Object.entries(ROLE_LABELS)) {
      expect(label).toBe(label.toUpperCase())
      expect(entry.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(typeof entry.group).toBe('boolean')
    }
    expect(ROLE_LABELS['THE WITNESS']).toEqual({ id: 'the-witness', name: 'The Witness', role: 'witness', group: false, currentWitness: true })
    expect(ROLE_LABELS['AUDIENCE QUESTION']).toEqual({ id: 'journalists', name: 'Journalists', role: 'journalist', group: true })
    expect(ROLE_LABELS['INTÉRPRETE']).toEqual({ id: 'interpreter', name: 'Interpreter', role: 'interpreter', group: false })
    expect(Object.values(ROLE_LABELS).filter((entry) => entry.currentWitness)).toHaveLength(1)
  })

  it('word lists and abbreviations', () => {
    expect(ABBREVIATIONS['SEC.']).toBe('SECRETARY')
    expect(ABBREVIATIONS.DR).toBe('DOCTOR')
    expect(Object.keys(ABBREVIATIONS)).toHaveLength(30)
    expect(HONORIFICS.has('THE HONORABLE')).toBe(true)
    expect(HONORIFICS.has('NKSZ')).toBe(true)
    expect(LOWER_WORDS.has('von')).toBe(true)
    for (const words of ["editor's note", 'examination of', 'zur geschäftsordnung', 'p.s']) expect(NOT_SPEAKERS.has(words)).toBe(true)
    expect(RECORDING_WORDS.has('SOUND BITE')).toBe(true)
    // Split right: no empty entry, no blank around one, and multi-word entries kept whole.
    for (const set of [HONORIFICS, LOWER_WORDS, NOT_SPEAKERS, RECORDING_WORDS, BREAK_LABELS]) {
      expect(set.size).toBeGreaterThan(5)
      for (const entry of set) expect(entry).toMatch(/^\S(?:.*\S)?$/)
    }
    expect([...BREAK_LABELS]).toEqual(['BREAK', 'INTERMISSION', 'AD BREAK', 'SPONSOR BREAK', 'MIDROLL', 'PAUSA'])
  })
})
