import { describe, expect, it } from 'vitest'
import { findDate } from '../src/dates.js'
import { MONTHS_WITH_GERMAN } from '../src/german-dates.js'
import { fromText } from '../src/index.js'
import { fromText as basicText } from '../src/basic.js'

describe('German header dates (german-month)', () => {
  it('reads a day with a period and a German month name, with the full entry\'s months', () => {
    expect(findDate('9. Juni 2022', MONTHS_WITH_GERMAN)).toBe('2022-06-09')
    expect(findDate('Berlin, Donnerstag, den 9. Juni 2022', MONTHS_WITH_GERMAN)).toBe('2022-06-09')
    expect(findDate('Wien, 14. Jänner 2023', MONTHS_WITH_GERMAN)).toBe('2023-01-14')
    expect(findDate('1. Maerz 1990', MONTHS_WITH_GERMAN)).toBe('1990-03-01')
    expect(findDate('31. Dezember 1999', MONTHS_WITH_GERMAN)).toBe('1999-12-31')
  })
  it('keeps the other languages, and reads no German month without them', () => {
    expect(findDate('9. Juni 2022')).toBeUndefined()
    expect(findDate('October 25, 2016', MONTHS_WITH_GERMAN)).toBe('2016-10-25')
    expect(findDate('30 de septiembre de 2024', MONTHS_WITH_GERMAN)).toBe('2024-09-30')
    // `Mai` is French too: read by both.
    expect(findDate('Bonn, Mittwoch, den 23. Mai 1951.')).toBe('1951-05-23')
    expect(findDate('41. Sitzung 2022', MONTHS_WITH_GERMAN)).toBeUndefined()
  })
  it('a Bundestag header: the date line is the date in the full entry, other header material in the basic one', () => {
    const text = 'Deutscher Bundestag\n\nDonnerstag, den 9. Juni 2022\n\nPräsidentin Bärbel Bas:\nDie Sitzung ist eröffnet.\n'
    expect(fromText(text).transcript.meta).toMatchObject({ title: 'Deutscher Bundestag', date: '2022-06-09' })
    expect(basicText(text).transcript.meta.date).toBeUndefined()
  })
  it('a dateline in a header block longer than 40 characters, ending in its year, is read (a Bundestag protocol\'s first lines)', () => {
    const text = 'Deutscher Bundestag\nStenografischer Bericht\n77. Sitzung\nBerlin, Donnerstag, den 17. Dezember 2015\n\nPräsident Dr. Hans Beck:\nDie Sitzung ist eröffnet.\n'
    expect(fromText(text).transcript.meta.date).toBe('2015-12-17')
    // A long line that does not end in a year is no dateline.
    expect(fromText('Deutscher Bundestag\nBerlin, Donnerstag, den 17. Dezember 2015, nach der Pause fortgesetzt\n\nPräsident Dr. Hans Beck:\nWeiter.\n').transcript.meta.date).toBeUndefined()
  })
})
