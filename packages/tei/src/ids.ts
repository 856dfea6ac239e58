/**
 * xml:id values for one document. Speakers keep their model id (plus the prefix) so that
 * `who="#ash-carter"` stays readable; generated ids (`u1`, `T1`, categories) step aside when a
 * speaker already holds the same id, so every xml:id is unique.
 */
export class IdAllocator {
  private readonly taken = new Set<string>()

  constructor(readonly prefix: string) {}

  /** Reserve an id as given (speakers), returning it with the prefix. */
  reserve(id: string): string {
    const full = this.prefix + id
    this.taken.add(full)
    return full
  }

  /**
   * A fresh id from a base (`u1`, `T0`, `interpreted`): the base itself unless a speaker holds it,
   * then `base_2`, `base_3`... Bases differ from one another by construction, so only speakers'
   * ids need checking (this runs once per utterance and per time point).
   */
  fresh(base: string): string {
    const full = this.prefix + base
    if (this.taken.size === 0 || !this.taken.has(full)) return full
    let n = 2
    while (this.taken.has(`${full}_${n}`)) n++
    return `${full}_${n}`
  }
}

/** A valid model speaker id (`^[A-Za-z_][\w.-]*$`) from any xml:id or label, unique against `taken`. */
export function modelId(raw: string, taken: ReadonlySet<string>): string {
  let id = raw
  if (!/^[A-Za-z_][\w.-]*$/.test(id)) {
    id = raw
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
    if (!/^[A-Za-z_]/.test(id)) id = `speaker${id ? '-' + id : ''}`
  }
  if (!taken.has(id)) return id
  let n = 2
  while (taken.has(`${id}-${n}`)) n++
  return `${id}-${n}`
}
