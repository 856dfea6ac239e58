/**
 * A witness sworn in by a line of the record (`(Witness sworn)`, `(The witness was duly sworn.)`,
 * `WITNESS AFFIRMED`) rather than a witness block (`ERIN McNAMARA,` / `called as a witness`): a
 * new witness, the one `THE WITNESS` and `A.` are from then on. Named from the call in the turn
 * before (`The people call Thomas Byrne.`); with no call there, the witness is nobody named yet
 * (`THE WITNESS` is then the label's own speaker), never the witness sworn before.
 */
import type { Block } from '@verbatim/core'
import type { ReadContext } from './read-context.js'

export const SWORN_RULE = {
  id: 'witness-sworn',
  /** The line, in parentheses or brackets or bare. */
  pattern: /^[([]?(?:Whereupon,? )?(?:the )?witness(?:es)?(?:,? [^,()]{2,40},)?(?: (?:was|were|is|having been))?(?: (?:duly|first|previously))?(?: (?:sworn|affirmed))(?: in)?\.?[)\]]?$/i,
  /** A call in the turn before: who is called (a courtesy or police title kept with the name). */
  call: /\bcalls?(?: to the stand)?,? (?:((?:Dr|Mr|Ms|Mrs|Miss)\.?|Officer|Detective|Sergeant|Agent|Special Agent) )?(\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})/u,
} as const

/** The forms of the witness label as written (the read cache is keyed so). */
const WITNESS_LABELS = ['THE WITNESS', 'The Witness', 'WITNESS', 'Witness']

/** How many blocks back the call is looked for (the call, the clerk's words, perhaps an event between). */
const REACH = 3

/** Before a one-line unit is read: when it swears a witness in, the witness changes. Returns false: the unit is still read. */
export function readSworn(ctx: ReadContext, line: string): boolean {
  const unit = ctx.unit_
  // Native searches first: nearly every line is refused by them.
  if (unit.first_ !== unit.last_ || line.length > 80 || (line.indexOf('worn') === -1 && line.indexOf('WORN') === -1 && line.indexOf('ffirm') === -1 && line.indexOf('FFIRM') === -1) || !SWORN_RULE.pattern.test(line.trim())) return false
  const call = calledName(ctx.blocks_, ctx.current_)
  // `THE WITNESS` read before any witness was known is kept as that label's own speaker: from now on it is the witness sworn.
  for (const form of WITNESS_LABELS) ctx.resolved_.delete(form)
  if (!call) {
    ctx.witness_ = undefined
    return false
  }
  const { speaker_: witness } = ctx.registry_.resolve_(call[2]!, { allowTypo: false })
  if (witness.role === 'unknown') witness.role = 'witness'
  // An office (`Special Agent`) is the witness's title; a courtesy title is not kept.
  if (call[1] && !/^(?:Dr|Mr|Ms|Mrs|Miss)\.?$/.test(call[1])) witness.title ??= call[1]
  ctx.witness_ = witness
  ctx.report_(`witness sworn in by \`${line.trim()}\`: read as ${call[2]}, called just before`, SWORN_RULE.id, ctx.span_(unit.first_, unit.first_), 'info')
  return false
}

/** The call in the last turns (the clerk may speak between the call and the oath): its title (if any) and name. */
function calledName(blocks: readonly Block[], current: Block | null): RegExpExecArray | undefined {
  const recent = blocks.slice(-REACH)
  if (current && !recent.includes(current)) recent.push(current)
  for (let i = recent.length - 1; i >= 0; i--) {
    const block = recent[i]!
    if (block.type !== 'turn') continue
    const paragraph = block.children[block.children.length - 1]
    const text = paragraph ? paragraph.children.map((child) => (child.type === 'text' ? child.value : '')).join('') : ''
    const call = SWORN_RULE.call.exec(text)
    if (call) return call
  }
  return undefined
}
