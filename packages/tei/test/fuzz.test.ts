// Fuzzing the TEI reader with the real TEI files of ../shared/corpus-formats: every mutated input
// reads into a valid transcript or throws a VerbatimError, in well under 5 s.
import { describe, expect, it } from 'vitest'
import { validateTranscript } from '@verbatim/core/schema'
import { fuzzInput, fuzzReader, readShared, sharedFiles, type FuzzSeed } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromTei } from '../src/from-tei.js'

const TOKENS = ['<u who="#a">', '</u>', '<u>', '<p>', '</p>', '<seg>', '<anchor synch="#T1"/>', '<when xml:id="T1" interval="1.5" since="#T0"/>', '<timeline unit="s" origin="#T0">', '<person xml:id="a"><persName>A</persName></person>', '<person xml:id="1 2">', '<date when="yesterday"/>', '<language ident=""/>', '<incident><desc>x</desc></incident>', '<vocal><desc>laughs</desc></vocal>', '<pause/>', '<gap/>', '<w>', '</w>', '<!--', '-->', '<![CDATA[', ']]>', '<?pi x?>', '<!DOCTYPE TEI [<!ENTITY e "x">]>', '&e;', '&amp;', '&#0;', '&#xD800;', '&#x110000;', 'xml:lang="', 'role="Not A Role"', '"', "'", '<', '>', '</', '/>', '=']

describe('fuzzing the TEI reader with real files', () => {
  if (!suiteNeedsShared('TEI fuzz seeds', 'corpus-formats')) return
  const seeds: FuzzSeed[] = sharedFiles('corpus-formats', /^tei-.*\.xml$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))

  it('fromTei: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromTei(input), seeds, { tokens: TOKENS, budgetMs: 8000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
  })

  // Found by the fuzzer (VERBATIM_FUZZ_SEED=12345): 104 characters deleted from the GOS sample,
  // from the end of a <u> in the orthographic <div> to the middle of the next <u>'s start
  // attribute in the normalised <div> (`... </u></div><div type="norm"><u who="#spk1 #spk2"
  // start="#gos.234.u1.w`), leave a turn that ends (14.906 s) before it starts (44.041 s), and
  // fromTei returned it: an invalid transcript. The reader now leaves such an end out, with an
  // end-before-start message.
  it('a turn that would end before it starts when two <u> are cut into one keeps only its start (tei-gos-sample.xml, 104 characters deleted)', () => {
    const input = fuzzInput(seeds, { seed: seeds.findIndex((seed) => seed.name === 'tei-gos-sample.xml'), window: [0, 1], mutations: [{ kind: 'delete', at: 924103, length: 104 }] })
    const validation = validateTranscript(fromTei(input).transcript)
    expect(validation.messages.filter((message) => message.severity === 'error')).toEqual([])
  })
})
