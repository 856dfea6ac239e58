import { describe, expect, it } from 'vitest'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { isVerbatimError } from '@verbatim/core'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { parseCueText } from '../src/parse/cue-text.js'
import { defaultCueSettings } from '../src/parse/cue-settings.js'
import { serializeCueTree } from './cue-tree.js'
import { FILE_EXPECTATIONS, type ExpectedFile } from './wpt-file-expectations.js'
import { CUE_TEXT_EXPECTATIONS } from './wpt-cue-text-expectations.js'

const defaults = defaultCueSettings()

/** The parse result in the shape of the expectations (only what differs from the defaults). */
function actual(source: string): ExpectedFile | null {
  let parsed
  try {
    parsed = parseWebVtt(source)
  } catch (error) {
    if (isVerbatimError(error) && error.ruleId === 'invalid-signature') return null
    throw error
  }
  const result: ExpectedFile = {
    cues: parsed.cues.map((cue) => {
      const diff = Object.fromEntries(Object.entries(cue.settings.parsed).filter(([key, value]) => value !== defaults[key as keyof typeof defaults]))
      return Object.keys(diff).length > 0 ? [cue.id, cue.start, cue.end, cue.text, diff] : [cue.id, cue.start, cue.end, cue.text]
    }),
  }
  if (parsed.regions.length > 0) {
    result.regions = parsed.regions.map((region) => {
      const diff: Record<string, unknown> = { id: region.id }
      if (region.width !== 100) diff.width = region.width
      if (region.lines !== 3) diff.lines = region.lines
      if (region.regionAnchor.join() !== '0,100') diff.regionAnchor = region.regionAnchor
      if (region.viewportAnchor.join() !== '0,100') diff.viewportAnchor = region.viewportAnchor
      if (region.scroll) diff.scroll = region.scroll
      return diff as { id: string }
    })
  }
  return result
}

describe('parseWebVtt on the web-platform-tests file-parsing inputs', () => {
  if (!suiteNeedsShared('WPT WebVTT inputs', 'webvtt-wpt', 'files')) return
  const files = sharedFiles('webvtt-wpt/files', /\.vtt$/)

  it('has an expectation for every input file, and no stale ones', () => {
    expect(files.length).toBe(51)
    expect(Object.keys(FILE_EXPECTATIONS).sort()).toEqual(files)
  })

  for (const name of files) {
    it(name, () => {
      expect(actual(readShared('webvtt-wpt', 'files', name))).toEqual(FILE_EXPECTATIONS[name])
    })
  }
})

describe('parseCueText on the web-platform-tests cue-text-parsing inputs', () => {
  if (!suiteNeedsShared('WPT WebVTT cue text inputs', 'webvtt-wpt', 'files', 'cue-text-parsing')) return
  const files = sharedFiles('webvtt-wpt/files/cue-text-parsing', /\.vtt$/)

  it('has an expectation for every input file', () => {
    expect(files.length).toBe(78)
    expect(Object.keys(CUE_TEXT_EXPECTATIONS).sort()).toEqual(files)
  })

  for (const name of files) {
    it(name, () => {
      const parsed = parseWebVtt(readShared('webvtt-wpt', 'files', 'cue-text-parsing', name))
      expect(parsed.cues).toHaveLength(1)
      expect(serializeCueTree(parseCueText(parsed.cues[0]!.text)).join('\n')).toBe(CUE_TEXT_EXPECTATIONS[name])
    })
  }
})
