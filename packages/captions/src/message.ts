/** The `source` of messages this package makes (formats using it may pass their own). */
export const SOURCE = 'verbatim-captions'
