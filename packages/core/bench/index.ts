// toJson / fromJson (with full validation) against raw JSON.stringify / JSON.parse of the same
// model, on synthetic transcripts of 1, 10 and 100 MB of text.
import { runSuite, syntheticTranscript } from '@verbatim/test-utils'
import { toJson, type Transcript } from '../src/index.js'
import { fromJson } from '../src/schema-entry.js'

interface Input {
  transcript: Transcript
  json: string
}

runSuite<Input>(import.meta.url, {
  title: '@verbatim/core: toJson and fromJson (MB of JSON per second)',
  sizes: [1, 10, 100],
  input: (size) => {
    const transcript = syntheticTranscript(size * 1e6)
    return { transcript, json: toJson(transcript) }
  },
  amount: (input) => input.json.length,
  baseline: 'JSON.stringify',
  cases: {
    'JSON.stringify': { run: (input) => JSON.stringify(input.transcript, null, 2) },
    toJson: { run: (input) => toJson(input.transcript) },
    'JSON.parse': { run: (input) => JSON.parse(input.json) },
    'fromJson (parse + validate)': { run: (input) => fromJson(input.json) },
  },
})
