/** Names shared by the writer and the reader, so the two cannot drift apart. */

/** The `source` of every message this package emits. */
export const SOURCE = 'verbatim-tei'

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0'

/** `appInfo/application/@ident` that marks a document written by toTei (read back losslessly). */
export const APPLICATION_IDENT = 'verbatim'

/** `xenoData/@type` of the JSON block holding what TEI has no element for (data bags, empty containers). */
export const XENO_DATA_TYPE = 'verbatim-model'

/** `taxonomy/@xml:id` (before the prefix) of the categories `u/@ana` points at. */
export const TAXONOMY_ID = 'verbatim-categories'

/** `category/@n` values: what the reader looks for, whatever the category's xml:id became. */
export const CATEGORY_INTERPRETED = 'interpreted'
export const CATEGORY_ESTIMATED_TIME = 'estimated-time'

/** `div/@type` of a section that starts at a break. */
export const SECTION_DIV_TYPE = 'section'

/** `note/@type` values in `notesStmt`. */
export const NOTE_TYPE_EXTRA = 'extra'
export const NOTE_TYPE_SOURCE = 'source-material'

/** `persName/@type` of a speaker label form (an alias). */
export const LABEL_NAME_TYPE = 'label'

/** The most nested elements fromTei accepts; TEI for speech nests about 10 deep. */
export const MAX_DEPTH = 1000

/** `anchor/@type` of an anchor that ends a timed segment without starting another. */
export const ANCHOR_END_TYPE = 'end'

/** Times beyond this many seconds (100 hours: core's `time-too-large` limit) are reported as implausible. */
export const MAX_SECONDS = 360_000
