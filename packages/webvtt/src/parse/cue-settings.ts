/**
 * "Parse the WebVTT cue settings", "collect WebVTT region settings" and "parse a percentage
 * string" (WebVTT 6.2-6.3), literally.
 */
import type { CueSettings, WebVttRegion } from '../types.js'

/** "Split a string on spaces": ASCII whitespace (tab, LF, FF, CR, space) separates tokens. */
export function splitOnSpaces(input: string): string[] {
  return input.split(/[\t\n\f\r ]+/).filter((token) => token !== '')
}

/** A WebVTT percentage: digits, optionally `.` and digits, then `%`. */
const PERCENTAGE = /^[0-9]+(?:\.[0-9]+)?%$/

/** Returns the percentage (0..100) or null when the rules "fail". */
export function parsePercentage(input: string): number | null {
  if (!PERCENTAGE.test(input)) return null
  const value = parseFloatingPoint(input.slice(0, -1))
  if (value === null || value < 0 || value > 100) return null
  return value
}

/**
 * HTML's rules for parsing floating-point number values, for the strings the callers let through
 * (an optional leading `-`, digits, at most one `.`): the closest double, an error past the
 * double range, and never negative zero (HTML's set of values excludes it).
 */
function parseFloatingPoint(input: string): number | null {
  const value = Number(input)
  if (!Number.isFinite(value)) return null
  return value === 0 ? 0 : value
}

export function defaultCueSettings(): CueSettings {
  return {
    region: null,
    vertical: '',
    line: 'auto',
    lineAlign: 'start',
    snapToLines: true,
    position: 'auto',
    positionAlign: 'auto',
    size: 100,
    align: 'center',
  }
}

/** Split `name:value` at the first colon, or null when there is none or it is first or last. */
function splitSetting(setting: string): [string, string] | null {
  const colon = setting.indexOf(':')
  if (colon <= 0 || colon === setting.length - 1) return null
  return [setting.slice(0, colon), setting.slice(colon + 1)]
}

/** Split at the first comma: [before, after] or [value, null]. */
function splitComma(value: string): [string, string | null] {
  const comma = value.indexOf(',')
  return comma === -1 ? [value, null] : [value.slice(0, comma), value.slice(comma + 1)]
}

function lineNumber(linepos: string): number | null {
  if (!/[0-9]/.test(linepos)) return null
  if (linepos.endsWith('%')) return parsePercentage(linepos)
  if (/[^0-9.-]/.test(linepos)) return null
  if (linepos.indexOf('-', 1) !== -1) return null
  const dot = linepos.indexOf('.')
  if (dot !== -1) {
    if (linepos.indexOf('.', dot + 1) !== -1) return null
    if (dot === 0 || dot === linepos.length - 1) return null
    if (!/[0-9]/.test(linepos[dot - 1]!) || !/[0-9]/.test(linepos[dot + 1]!)) return null
  }
  return parseFloatingPoint(linepos)
}

/**
 * Apply the settings in `input` (everything after the end time) to `cue`. `regions` are the
 * regions defined so far; a `region:` setting names the last one with that id.
 */
export function parseCueSettings(input: string, regions: readonly Pick<WebVttRegion, 'id'>[], cue: CueSettings): CueSettings {
  if (input === '') return cue
  for (const setting of splitOnSpaces(input)) {
    const pair = splitSetting(setting)
    if (!pair) continue
    const [name, value] = pair
    switch (name) {
      case 'region': {
        let found: string | null = null
        for (let i = regions.length - 1; i >= 0; i--) {
          if (regions[i]!.id === value) {
            found = value
            break
          }
        }
        cue.region = found
        break
      }
      case 'vertical':
        if (value === 'rl') cue.vertical = 'rl'
        else if (value === 'lr') cue.vertical = 'lr'
        if (cue.vertical !== '') cue.region = null
        break
      case 'line': {
        const [linepos, linealign] = splitComma(value)
        const number = lineNumber(linepos)
        if (number === null) break
        let align: CueSettings['lineAlign'] | undefined
        if (linealign === 'start' || linealign === 'center' || linealign === 'end') align = linealign
        else if (linealign !== null) break
        if (align) cue.lineAlign = align
        cue.line = number
        cue.snapToLines = !linepos.endsWith('%')
        // A cue placed by an explicit line drops out of its region.
        cue.region = null
        break
      }
      case 'position': {
        const [colpos, colalign] = splitComma(value)
        const number = parsePercentage(colpos)
        if (number === null) break
        let align: CueSettings['positionAlign'] | undefined
        if (colalign === 'line-left' || colalign === 'center' || colalign === 'line-right') align = colalign
        else if (colalign !== null) break
        if (align) cue.positionAlign = align
        cue.position = number
        break
      }
      case 'size': {
        const number = parsePercentage(value)
        if (number === null) break
        cue.size = number
        if (number !== 100) cue.region = null
        break
      }
      case 'align':
        if (value === 'start' || value === 'center' || value === 'end' || value === 'left' || value === 'right') cue.align = value
        break
    }
  }
  return cue
}

export type RegionSettings = Omit<WebVttRegion, 'raw' | 'position'>

export function defaultRegion(): RegionSettings {
  return { id: '', width: 100, lines: 3, regionAnchor: [0, 100], viewportAnchor: [0, 100], scroll: '' }
}

function percentagePair(value: string): [number, number] | null {
  const comma = value.indexOf(',')
  if (comma === -1) return null
  const x = parsePercentage(value.slice(0, comma))
  const y = parsePercentage(value.slice(comma + 1))
  return x === null || y === null ? null : [x, y]
}

/** "Collect WebVTT region settings" from a REGION block's text. */
export function parseRegionSettings(input: string): RegionSettings {
  const region = defaultRegion()
  for (const setting of splitOnSpaces(input)) {
    const pair = splitSetting(setting)
    if (!pair) continue
    const [name, value] = pair
    switch (name) {
      case 'id':
        region.id = value
        break
      case 'width': {
        const width = parsePercentage(value)
        if (width !== null) region.width = width
        break
      }
      case 'lines':
        if (/^[0-9]+$/.test(value)) region.lines = Number(value)
        break
      case 'regionanchor': {
        const anchor = percentagePair(value)
        if (anchor) region.regionAnchor = anchor
        break
      }
      case 'viewportanchor': {
        const anchor = percentagePair(value)
        if (anchor) region.viewportAnchor = anchor
        break
      }
      case 'scroll':
        if (value === 'up') region.scroll = 'up'
        break
    }
  }
  return region
}
