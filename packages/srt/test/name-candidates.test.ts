/**
 * SubRip reads `Name:` prefixes by captions' `isNameCandidate`, the rule WebVTT's reader imports
 * too (#15: the SubRip reader had a copy of it). A name that starts two cues is the speaker exactly
 * when captions says it looks like a name.
 */
import { describe, expect, it } from 'vitest'
import { isNameCandidate } from '@verbatim/captions'
import type { Transcript } from '@verbatim/core'
import { fromSrt } from '../src/index.js'

const NAMES = ['Travis', 'Darth Vader', 'Speaker 1', 'Dr. Ruiz', 'Ann Lee-Smith', 'María José', 'Why', 'see https', 'a/b', '1st', 'One two three four five', 'One two three four five six', 'Note (aside)', 'Q', 'O’Brien']

const speakers = (transcript: Transcript) => transcript.speakers.map((speaker) => speaker.name)

describe('Name: prefixes', () => {
  for (const name of NAMES) {
    it(`${name}: ${isNameCandidate(name) ? 'a speaker' : 'speech'} `, () => {
      const cues = [`${name}: first words here`, 'more words', `${name}: second words here`]
      const srt = cues.map((text, index) => `${index + 1}\n00:00:0${index},000 --> 00:00:0${index},900\n${text}\n`).join('\n')
      const expected = isNameCandidate(name) ? [name] : []
      expect(speakers(fromSrt(srt).transcript)).toEqual(expected)
    })
  }
})
