/**
 * @verbatim/cli as a library: the format registry and any-to-any conversion, in memory or on
 * files. The `verbatim` command (bin) is built on exactly these functions.
 */
export { convert, readTranscript, writeTranscript, optionsFor } from './convert.js'
export type { ConvertOptions, ConvertResult, ReadOptions, ReadOutcome } from './convert.js'
export { detectFormat, sniffFormat, looksBinary } from './detect.js'
export type { Detection } from './detect.js'
export { FORMATS, FORMAT_NAMES, formatFromName, formatFromExtension, isFormatName, stripFormatExtension } from './formats.js'
export type { FormatInfo, FormatName } from './formats.js'
export { getFormat, listFormats, registerFormat } from './registry.js'
export type { FormatHandler, FormatOptions, ReadResult, WriteOptions } from './handler.js'
export { writeFileAtomic } from './atomic-write.js'
export { convertFiles } from './files.js'
export type { ConvertFilesOptions } from './files.js'
export type { JobResult, JobOutput } from './job.js'
export { main } from './cli/main.js'
export type { Io } from './cli/io.js'
