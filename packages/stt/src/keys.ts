/**
 * The keys each service's JSON has, as data: per kind of object, the keys the reader reads and the
 * keys that only repeat what it reads (a transcript text beside the words, a word count, an index).
 * Every other key is either kept or reported, never dropped in silence (`ReadContext`):
 * - in an object that occurs once (the response, its `metadata`, `results`, the channel read), the
 *   value is kept in the transcript's `data.stt`, by JSON path (`results.summary`);
 * - in an object that repeats (segments, utterances, words, items), one message per key names it
 *   (`segments[].avg_logprob`), at its first place: the model has no place for it there.
 */

const keys = (...names: string[]): ReadonlySet<string> => new Set(names)

export const DEEPGRAM = {
  response: keys('metadata', 'results'),
  // `models` lists the ids of `model_info`; `channels` counts `results.channels`; `warnings` are reported one by one.
  metadata: keys('request_id', 'created', 'duration', 'model_info', 'models', 'channels', 'warnings'),
  results: keys('channels', 'utterances'),
  channel: keys('alternatives', 'detected_language'),
  // `transcript` is what the words spell.
  alternative: keys('transcript', 'words', 'paragraphs'),
  paragraphs: keys('transcript', 'paragraphs'),
  // A paragraph's times and word count are its sentences'.
  paragraph: keys('sentences', 'speaker', 'start', 'end', 'num_words'),
  sentence: keys('text', 'start', 'end'),
  word: keys('word', 'punctuated_word', 'start', 'end', 'confidence', 'speaker'),
  // `id` names the utterance; `channel` is read where there are several (it is part of the speaker).
  utterance: keys('start', 'end', 'speaker', 'transcript', 'words', 'id', 'channel'),
} as const

export const WHISPER = {
  // `word_segments` (WhisperX) repeats the segments' words.
  response: keys('text', 'segments', 'language', 'word_segments'),
  segment: keys('id', 'start', 'end', 'text', 'words', 'speaker'),
  // A WhisperX word's `speaker` is its segment's.
  word: keys('word', 'text', 'start', 'end', 'probability', 'confidence', 'score', 'speaker'),
} as const

export const ASSEMBLYAI = {
  // `words` repeat the utterances' when those are read. A `summary` that is text becomes the description (else it is kept).
  response: keys('id', 'status', 'text', 'words', 'utterances', 'audio_duration', 'audio_url', 'language_code', 'speech_model', 'acoustic_model'),
  utterance: keys('start', 'end', 'speaker', 'text', 'words'),
  word: keys('text', 'start', 'end', 'confidence', 'speaker'),
} as const

export const AWS = {
  response: keys('jobName', 'results'),
  // `transcripts` is what the items spell.
  results: keys('items', 'speaker_labels', 'audio_segments', 'transcripts', 'language_code'),
  // `speakers` counts the labels.
  speakerLabels: keys('segments', 'speakers'),
  // A span's `items` are the items in its times, which is how they are put in it.
  labelSegment: keys('start_time', 'end_time', 'speaker_label', 'items'),
  audioSegment: keys('id', 'transcript', 'start_time', 'end_time', 'speaker_label', 'items'),
  item: keys('type', 'alternatives', 'start_time', 'end_time', 'speaker_label', 'id'),
  alternative: keys('content', 'confidence'),
} as const

export const AWS_ANALYTICS = {
  response: keys('JobName', 'LanguageCode', 'Transcript', 'ConversationCharacteristics'),
  characteristics: keys('TotalConversationDurationMillis'),
  // `Id` names the entry; `Content` is what its items spell.
  entry: keys('Id', 'BeginOffsetMillis', 'EndOffsetMillis', 'Content', 'ParticipantRole', 'Items'),
  item: keys('Type', 'Content', 'BeginOffsetMillis', 'EndOffsetMillis', 'Confidence'),
} as const

export const REV = {
  response: keys('monologues'),
  monologue: keys('speaker', 'speaker_name', 'elements'),
  element: keys('type', 'value', 'ts', 'end_ts', 'confidence'),
} as const

export const PODCAST = {
  response: keys('version', 'segments'),
  segment: keys('speaker', 'startTime', 'endTime', 'body'),
} as const
