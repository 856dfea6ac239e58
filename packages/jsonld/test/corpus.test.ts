import { describe, it, expect } from 'vitest'
import { fromText } from '@verbatim/text'
import { removePositions, type Transcript } from '@verbatim/core'
import { corpusFiles, readReferenceDocument, readShared, sharedAvailable } from '@verbatim/test-utils'
import { fromJsonLd, fromJsonLdSync, toJsonLd } from '../src/index.js'
import { checkTerms, expand, SCHEMA_CONTEXT_FILE, SCHEMA_VOCABULARY_FILE } from './helpers.js'

const haveFiles =
  sharedAvailable('expanding with the schema.org 30.0 context', ...SCHEMA_CONTEXT_FILE) &&
  sharedAvailable('checking terms against the schema.org 30.0 vocabulary', ...SCHEMA_VOCABULARY_FILE)
const haveCorpus = sharedAvailable('the transcript corpus', 'corpus')

async function checkDocument(transcript: Transcript) {
  const doc = toJsonLd(transcript)
  const expanded = await expand(doc)
  expect(checkTerms(expanded).problems).toEqual([])
  const original = removePositions(transcript)
  expect(removePositions(fromJsonLdSync(doc).transcript)).toEqual(original)
  expect(removePositions((await fromJsonLd(expanded)).transcript)).toEqual(original)
  return doc
}

describe('real transcripts read by fromText', () => {
  it.runIf(haveFiles)('the reference document expands offline to known terms and reads back unchanged', async () => {
    const { transcript } = fromText(readReferenceDocument())
    const doc = await checkDocument(transcript)
    expect(doc.hasPart?.length).toBe(transcript.children.filter((block) => block.type === 'turn').length)
    expect(doc.speakers?.map((speaker) => speaker.name)).toEqual(transcript.speakers.map((speaker) => speaker.name))
  })

  for (const file of haveCorpus ? corpusFiles() : []) {
    it.runIf(haveFiles)(`${file} expands offline to known terms and reads back unchanged`, async () => {
      const { transcript } = fromText(readShared('corpus', file), { file })
      await checkDocument(transcript)
    })
  }
})
