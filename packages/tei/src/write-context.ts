/**
 * State shared by the parts of toTei: the output buffer, ids, extras and the message channel.
 * Every string from the model goes through `clean`, which replaces characters XML forbids
 * and says so.
 */
import { createMessage, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from './constants.js'
import { IdAllocator } from './ids.js'
import type { Timeline } from './write-timeline.js'
import { createExtras, type ModelExtras } from './model-extras.js'
import type { ToTeiOptions } from './options.js'
import { countForbidden, isClean, replaceForbidden } from './xml-chars.js'
import { XmlWriter } from './xml-writer.js'

export class WriteContext {
  readonly xml: XmlWriter
  readonly ids: IdAllocator
  readonly extras: ModelExtras = createExtras()
  /** Model speaker id -> xml:id. */
  readonly speakerIds = new Map<string, string>()
  /** xml:ids given instead of invalid or repeated speaker ids, by speaker index. */
  readonly fixedSpeakerIds: Record<number, string> = {}
  /** xml:ids of the categories u/@ana points at (set when used). */
  interpretedId: string | undefined
  estimatedId: string | undefined
  /** The `when` points, when anything is timed (set before the header is written). */
  timeline: Timeline | undefined
  /** Utterances written so far (for `u1`, `u2`... ids). */
  turnCount = 0
  private readonly onMessage: ((message: VerbatimMessage) => void) | undefined

  constructor(
    readonly transcript: Transcript,
    readonly options: ToTeiOptions,
  ) {
    this.xml = new XmlWriter(options.pretty ?? true, options.indent ?? '  ')
    this.ids = new IdAllocator(options.idPrefix ?? '')
    this.onMessage = options.onMessage
  }

  report(reason: string, ruleId: string, path: string, severity: VerbatimMessage['severity'] = 'warning'): void {
    this.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity, path }))
  }

  /** The string without characters XML 1.0 forbids (replaced by U+FFFD, with a message). */
  clean(value: string, path: string): string {
    if (isClean(value)) return value
    const count = countForbidden(value)
    this.report(
      `expected only characters XML 1.0 allows at ${path}, found ${count} forbidden character${count === 1 ? '' : 's'} (C0 control, lone surrogate, U+FFFE or U+FFFF); replaced by U+FFFD`,
      'forbidden-character',
      path,
    )
    return replaceForbidden(value)
  }
}
