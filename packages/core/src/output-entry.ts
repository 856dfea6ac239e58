// @verbatim/core/output: what Verbatim's writers share to build their output (toTei's XML
// writer, toWebVtt and toSrt through @verbatim/captions). Internal: a subpath of its own, so that
// the root entry and bundles that never write carry none of it (see docs/decisions.md, "One
// chunked output builder, in core").
export { OutputChunks } from './output-chunks.js'
