/**
 * Other people's JSON-LD (../shared/corpus-formats/jsonld-*): per-file expectations, written by
 * hand from the files and the MANIFEST, not copied from the output. Each file is read twice:
 * without a document loader (the built-in schema.org stand-in) and with the offline loader
 * serving the real schema.org 30.0 context; both must give the same transcript.
 */
import { describe, it, expect } from 'vitest'
import { toString, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { readShared, sharedAvailable, sharedFiles } from '@verbatim/test-utils'
import { fromJsonLd } from '../src/index.js'
import { offlineLoader, SCHEMA_CONTEXT_FILE } from './helpers.js'

interface Expectation {
  title: string | undefined
  speakers: string[]
  /** Speaker id of each turn, in order. */
  turns: (string | null)[]
  /** Wordings of every event, in order. */
  events: string[]
  /** Rule ids of the messages (sorted), and the severity of each. */
  messages: [string, VerbatimMessage['severity']][]
  check?: (transcript: Transcript, raw: Record<string, unknown>) => void
}

const EXPECTATIONS: Record<string, Expectation> = {
  'jsonld-schemaorg-conversation.jsonld': {
    title: 'Duck Season vs Rabbit Season',
    speakers: ['Bugs Bunny', 'Daffy Duck'],
    turns: ['bugs-bunny', 'daffy-duck'],
    events: [],
    messages: [
      ['kept-as-extra', 'info'],
      ['message-without-text', 'warning'],
      ['message-without-text', 'warning'],
      ['unsupported-property', 'info'],
      ['unsupported-property', 'info'],
      ['unsupported-property', 'info'],
    ],
    check: (transcript) => {
      // The same sender written twice as a blank node is one speaker.
      expect(transcript.speakers).toHaveLength(2)
      expect(transcript.meta.extra).toEqual({ sameAs: 'https://www.youtube.com/watch?v=9-k5J4RxQdE' })
      expect(transcript.children.every((block) => block.type === 'turn' && block.children.length === 0)).toBe(true)
    },
  },
  'jsonld-nyt-audio-transcript.jsonld': {
    title: 'Listen to ‘Sway’: Kara Swisher Interviews Raj Chetty',
    speakers: [],
    turns: [null],
    events: ['[THEME MUSIC]', '(SINGING)', '[MUSIC PLAYING]', '[LAUGHS]', '[MUSIC PLAYING]', '[MUSIC PLAYING]', '[LAUGHS]', '[LAUGHS]', '[MUSIC PLAYING]', '[MUSIC PLAYING]'],
    messages: [
      ['kept-as-extra', 'info'],
      ['single-turn', 'info'],
    ],
    check: (transcript, raw) => {
      // Nothing of the 45,131 characters is lost: the turn's text is the transcript string.
      expect(toString(transcript.children[0]!)).toBe((raw.transcript as string).trim())
      expect(transcript.meta.media?.url).toBe(raw.contentUrl)
      expect(transcript.meta.media?.duration).toBe(2.558)
      expect(transcript.meta.extra).toEqual({ uploadDate: '2020-11-18T23:08:49.000Z' })
      const kinds = transcript.children.flatMap((block) => (block.type === 'turn' ? block.children.flatMap((p) => p.children) : []))
      expect(kinds.filter((inline) => inline.type === 'event').map((event) => (event as { kind: string }).kind)).toEqual([
        'music', 'music', 'music', 'laughter', 'music', 'music', 'laughter', 'laughter', 'music', 'music',
      ])
    },
  },
  'jsonld-ivoox-podcast-episode.jsonld': {
    title: 'La molécula que falta',
    speakers: [],
    turns: [],
    events: [],
    messages: [
      ['kept-as-extra', 'info'],
      ['no-transcript', 'warning'],
    ],
    check: (transcript) => {
      // Kept as published: the double-escaped entity and the trailing space are not "cleaned".
      expect(transcript.meta.description).toContain('&amp;#128591;')
      expect(transcript.meta.description?.endsWith('... ')).toBe(true)
      expect(transcript.meta.source).toEqual({ url: 'https://www.ivoox.com/molecula-falta-audios-mp3_rf_113954595_1.html', date: '2023-08-09' })
      expect(Object.keys(transcript.meta.extra ?? {}).sort()).toEqual(['image', 'partOfSeries', 'timeRequired'])
      expect(transcript.meta.extra?.partOfSeries).toBe('mixx.io, podcast diario de tecnología')
    },
  },
}

const haveFormats = sharedAvailable('the format corpus', 'corpus-formats')
const haveContext = sharedAvailable('the schema.org 30.0 context', ...SCHEMA_CONTEXT_FILE)

describe('JSON-LD from elsewhere (../shared/corpus-formats)', () => {
  it.runIf(haveFormats)('has an expectation for every jsonld-* file', () => {
    expect(sharedFiles('corpus-formats', /^jsonld-/)).toEqual(Object.keys(EXPECTATIONS).sort())
  })

  for (const [file, expected] of Object.entries(EXPECTATIONS)) {
    it.runIf(haveFormats && haveContext)(file, async () => {
      const text = readShared('corpus-formats', file)
      const raw = JSON.parse(text) as Record<string, unknown>
      const withoutLoader = await fromJsonLd(text, { file })
      const withLoader = await fromJsonLd(text, { file, documentLoader: offlineLoader })
      expect(withLoader.transcript).toEqual(withoutLoader.transcript)
      const { transcript, messages } = withoutLoader
      expect(validateTranscript(transcript).valid).toBe(true)
      expect(transcript.meta.title).toBe(expected.title)
      expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(expected.speakers)
      expect(transcript.children.map((block) => (block.type === 'turn' ? block.speaker : block.type))).toEqual(expected.turns)
      const events = transcript.children.flatMap((block) =>
        block.type === 'turn' ? block.children.flatMap((paragraph) => paragraph.children.filter((inline) => inline.type === 'event').map((event) => event.value)) : [],
      )
      expect(events).toEqual(expected.events)
      const got = messages.map((message) => [message.ruleId, message.severity]).sort((a, b) => a[0]!.localeCompare(b[0]!))
      expect(got).toEqual(expected.messages)
      for (const message of messages) {
        expect(message.file).toBe(file)
        expect(message.source).toBe('verbatim-jsonld')
        expect(message.path).toBeTruthy()
      }
      expected.check?.(transcript, raw)
    })
  }

  it.runIf(haveFormats)('says clearly that the podcast episode has no transcript', async () => {
    const { messages } = await fromJsonLd(readShared('corpus-formats', 'jsonld-ivoox-podcast-episode.jsonld'))
    const message = messages.find((m) => m.ruleId === 'no-transcript')!
    expect(message.reason).toBe(
      'the PodcastEpisode "La molécula que falta" has no transcript: expected a schema.org Conversation with Messages in hasPart, or a transcript property; only its metadata was read',
    )
  })
})
