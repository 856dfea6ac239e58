import { describe, expect, it } from 'vitest'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { validateTranscript } from '@verbatim/core/schema'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { corpusSummary } from './corpus-summary.js'
import { CORPUS_EXPECTATIONS } from './corpus-expectations.js'

describe('fromWebVtt on the WebVTT files of the format corpus', () => {
  if (!suiteNeedsShared('format corpus', 'corpus-formats')) return
  const files = sharedFiles('corpus-formats', /^vtt-.*\.vtt$/)

  it('has an expectation for every file', () => {
    expect(files).toHaveLength(10)
    expect(Object.keys(CORPUS_EXPECTATIONS).sort()).toEqual(files)
  })

  for (const name of files) {
    it(name, () => {
      const source = readShared('corpus-formats', name)
      expect(corpusSummary(source)).toEqual(CORPUS_EXPECTATIONS[name])
      const { transcript } = fromWebVtt(source, { file: name })
      const validation = validateTranscript(transcript)
      expect(validation.messages.filter((message) => message.severity === 'error')).toEqual([])
      // Every node made from the source has a position.
      for (const block of transcript.children) {
        expect(block.position, name).toBeDefined()
        if (block.type === 'turn') for (const paragraph of block.children) for (const node of [paragraph, ...paragraph.children]) expect(node.position).toBeDefined()
      }
    })
  }
})
