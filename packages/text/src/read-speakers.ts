/**
 * The pass that finishes speakers once every unit is read: names in their proper casing from the
 * text, first names for `MR. X` speakers, roles by context (or by the court and press rules),
 * the typo warnings with the final names, and ids made final in the turns that use them.
 */
import { createMessage, type Position, type Speaker } from '@verbatim/core'
import { applyKindRules, COURT_COUNSEL_RULE, isCounselTitle, isCourtRecord, isOralHistory, type KindLabelRule } from './document-kind.js'
import type { ReadContext } from './read-context.js'
import { SOURCE } from './source.js'
import { labelKey } from './speakers.js'

export function finishSpeakers(ctx: ReadContext): void {
  const { registry_: registry, meta_: meta, input_: input } = ctx
  registry.finishNames_(input)
  registry.completeNames_(meta.title ? [meta.title.replace(/\u00a0/g, ' '), input] : [input])
  ctx.styles_.records_?.finishKind_(ctx)
  finishRoles(ctx)
  reportTypos(ctx)
  const renamed = registry.finishIds_()
  if (renamed.size === 0) return
  for (const block of ctx.blocks_) if (block.type === 'turn' && block.speaker !== null) block.speaker = renamed.get(block.speaker) ?? block.speaker
}

/**
 * A court record or an oral history reads some labels its own way (`QUESTION:` is a justice,
 * `Q:` the interviewer, not the press): the speakers a kind rule changed, and their turns.
 */
export function finishKind(ctx: ReadContext): void {
  const registry = ctx.registry_
  const kind = documentKind(ctx)
  if (!kind) return
  const changed = applyKindRules(registry.speakers_.filter((speaker) => !speaker.aliases.some((alias) => registry.isSeeded_(alias))), labelKey, kind)
  if (changed.size === 0) return
  let first: Position | undefined
  for (const block of ctx.blocks_) {
    if (block.type !== 'turn' || block.speaker === null) continue
    const entry = changed.get(block.speaker)
    if (!entry) continue
    block.speaker = entry.speaker.id
    first ??= block.position
  }
  for (const { speaker, rule } of changed.values()) reportKind(ctx, speaker.aliases[0], speaker.name, speaker.role, rule, first)
}

/** A court record (examination lines, or a judge who speaks), an oral history (a press-like `Q:` under an oral-history header), or neither. */
export function documentKind(ctx: ReadContext): 'court' | 'oral-history' | undefined {
  const speakers = ctx.registry_.speakers_
  if (isCourtRecord(speakers, ctx.court_)) return 'court'
  return speakers.some((speaker) => speaker.role === 'journalist') && isOralHistory(ctx.input_, firstTurnOffset(ctx)) ? 'oral-history' : undefined
}

/** Where the first turn starts (the end of the header), or the input's end. */
function firstTurnOffset(ctx: ReadContext): number {
  const turn = ctx.blocks_.find((block) => block.type === 'turn')
  return turn?.position?.start.offset ?? ctx.input_.length
}

function reportKind(ctx: ReadContext, alias: string | undefined, name: string, role: string, rule: KindLabelRule, place: Position | undefined): void {
  ctx.report_(`${rule.kind === 'court' ? 'court record' : 'oral history'}: \`${alias}\` read as ${name} (${role}), not the press [${rule.id}]`, 'document-kind', place, 'info')
}

/** Press conferences and court transcripts have their own rules; elsewhere, roles by context. */
function finishRoles(ctx: ReadContext): void {
  const { registry_: registry } = ctx
  const hasJournalists = registry.speakers_.some((speaker) => speaker.role === 'journalist')
  // A court record: examination lines, or a judge who speaks (an appellate argument).
  const court = isCourtRecord(registry.speakers_, ctx.court_)
  if (!court && !hasJournalists) ctx.styles_.roles_?.(ctx.blocks_, registry, ctx)
  for (const speaker of registry.speakers_) {
    if (speaker.group || registry.isFixed_(speaker)) continue
    // A role the user gave (a seeded label) is kept: only then is the label looked up.
    if (court && speaker.role === 'official') ctx.styles_.records_?.counsel_(ctx, speaker)
    if (speaker.role !== 'unknown') continue
    if (court && /^(?:Mr|Ms|Mrs|Dr)\.? /.test(speaker.name)) speaker.role = 'attorney'
    else if (court && registry.isHonorific_(speaker)) speaker.role = 'attorney'
    else if (hasJournalists && !court) speaker.role = 'official'
  }
}

/** A court record's official addressed by an office title counsel hold (`GENERAL OLSON`), unless the user gave the role: counsel, said in a message. */
export function readCounsel(ctx: ReadContext, speaker: Speaker): void {
  if (!isCounselTitle(speaker) || speaker.aliases.some((alias) => ctx.registry_.isSeeded_(alias))) return
  speaker.role = 'attorney'
  const first = ctx.blocks_.find((block) => block.type === 'turn' && block.speaker === speaker.id)
  ctx.report_(`court record: \`${speaker.aliases[0]}\` read as counsel (attorney), not an official: counsel are addressed by their office`, COURT_COUNSEL_RULE.id, first?.position, 'info')
}

/** Each typo warning at its place in the message list, naming the speaker's final name. */
function reportTypos(ctx: ReadContext): void {
  const file = ctx.file_
  for (const typo of ctx.typos_.reverse()) {
    const known = typo.speaker_.aliases.filter((alias) => alias !== typo.label_)
    const expected = known[0] ?? typo.speaker_.name
    ctx.messages_.splice(
      typo.index_,
      0,
      createMessage(`label \`${typo.label_}\` matches no other label; read as a typo of ${typo.speaker_.name} (written \`${expected}\` elsewhere)`, 'label-typo', SOURCE, {
        severity: 'warning',
        place: typo.place_,
        expected,
        actual: typo.label_,
        ...(file === undefined ? {} : { file }),
      }),
    )
  }
}
