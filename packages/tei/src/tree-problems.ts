/** What building the tree reports besides the tree: references that could not be decoded. */
import type { ReferenceProblem } from './entities.js'

/** A reference problem with the offset of the element holding it (the parent element, for text). */
export type OffsetProblem = ReferenceProblem & { offset: number }
