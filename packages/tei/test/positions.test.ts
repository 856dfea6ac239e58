/**
 * The read option `positions: false` (core's `ReadOptions`): the transcript is the one
 * `removePositions` makes of the default read, and the messages are the same (they keep their
 * places). On TEI written by toTei, the real TEI files and mutations of them.
 */
import { describe, expect, it } from 'vitest'
import { fuzzReader, positionsOptionProblem, readShared, sharedFiles, syntheticTimedTranscript, syntheticTranscript } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromTei, fromTeiWhole } from '../src/from-tei.js'
import { toTei } from '../src/to-tei.js'

const problem = (xml: string) =>
  positionsOptionProblem(() => fromTei(xml, { file: 'x.xml' }), () => fromTei(xml, { file: 'x.xml', positions: false })) ??
  positionsOptionProblem(() => fromTeiWhole(xml), () => fromTeiWhole(xml, { positions: false }))

const OWN = [toTei(syntheticTranscript(20_000)), toTei(syntheticTimedTranscript(300))]

describe('fromTei with positions: false', () => {
  it('reads what the default read holds, without positions, with the same messages', () => {
    for (const xml of [...OWN, '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="#nobody">hi <vocal><desc>laughs</desc></vocal></u></body></text></TEI>']) expect(problem(xml)).toBeUndefined()
    expect(JSON.stringify(fromTei(OWN[0]!, { positions: false }).transcript)).not.toContain('"position"')
  })

  describe('on the real files and mutations of them', () => {
    if (!suiteNeedsShared('TEI files', 'corpus-formats')) return
    const seeds = [...sharedFiles('corpus-formats', /^tei-.*\.xml$/).map((name) => ({ name, text: readShared('corpus-formats', name) })), ...OWN.map((text, i) => ({ name: `toTei ${i}`, text }))]
    it('the same rule on every input', () => {
      const report = fuzzReader((input) => input, seeds, { check: (input) => problem(input as string), budgetMs: 3000, tokens: ['<u who="#a">', '</u>', '<anchor synch="#T1"/>', '<vocal><desc>laughs</desc></vocal>', '<pause/>', 'role="Not A Role"', '<', '</', '&#0;'] })
      expect(report.runs).toBeGreaterThan(seeds.length)
    })
  })
})
