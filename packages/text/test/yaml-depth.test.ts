// Front matter nesting is decided by the input: the YAML reader must not recurse without bound.
import { describe, expect, it } from 'vitest'
import { parseYaml, type YamlValue } from '../src/yaml.js'
import { fromText } from '../src/from-text.js'

const depthOf = (value: YamlValue): number => {
  let depth = 0
  for (let current: YamlValue | undefined = value; typeof current === 'object'; depth++) {
    current = Array.isArray(current) ? current[0] : Object.values(current)[0]
  }
  return depth
}

describe('YAML front matter nesting', () => {
  it('reads 100,000 empty sequence items at one indent as siblings, not as 100,000 nested sequences', () => {
    const [entry] = parseYaml(['x:', ...Array(100_000).fill('-')])
    expect(entry!.value).toEqual(Array(100_000).fill(''))
  })

  it('an empty item holds what is indented deeper', () => {
    expect(parseYaml(['x:', '-', '  - a', '-', '- b'])[0]!.value).toEqual([['a'], '', 'b'])
  })

  it('keeps blocks nested deeper than 64 levels as their raw text, with nothing lost', () => {
    const lines = ['x:', ...Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`)]
    lines[lines.length - 1] += ' v'
    const [entry] = parseYaml(lines)
    expect(depthOf(entry!.value)).toBe(64)
    let inner: YamlValue = entry!.value
    for (let i = 0; i < 63; i++) inner = (inner as Record<string, YamlValue>)[`k${i}`]!
    const raw = (inner as Record<string, YamlValue>).k63 as string
    expect(raw.split('\n')).toHaveLength(5000 - 64)
    expect(raw.startsWith('k64:\n k65:')).toBe(true)
    expect(raw.endsWith('k4999: v')).toBe(true)
  })

  it('reads a deeply nested front matter through fromText', () => {
    const front = ['---', 'title: Deep', 'x:', ...Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}- a${i}`), '---', '', 'ANN: Hello.']
    const { transcript } = fromText(front.join('\n'))
    expect(transcript.meta.title).toBe('Deep')
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Ann'])
  })
})
