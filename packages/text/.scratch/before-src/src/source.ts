/** The `source` of every message this package makes. */
export const SOURCE = 'verbatim-text'
