export { toTei } from './to-tei.js'
export { fromTei } from './from-tei.js'
export type { ToTeiOptions, FromTeiOptions, FromTeiResult } from './options.js'
