/**
 * A fast, non-cryptographic 128-bit hash of strings (four interleaved 32-bit lanes in the style
 * of cyrb128), used only to mint default ids: it must be deterministic and spread well, not
 * resist attackers.
 */
export class Hash128 {
  private h1 = 1779033703
  private h2 = 3144134277
  private h3 = 1013904242
  private h4 = 2773480762

  /** Add a string; a separator is mixed in after it so that `ab`+`c` differs from `a`+`bc`. */
  update(text: string): this {
    let { h1, h2, h3, h4 } = this
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i)
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
    }
    h1 = h2 ^ Math.imul(h1 ^ 0x1f, 597399067)
    this.h1 = h1
    this.h2 = h2
    this.h3 = h3
    this.h4 = h4
    return this
  }

  /** 32 lowercase hex digits. */
  digest(): string {
    let { h1, h2, h3, h4 } = this
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
    h1 ^= h2 ^ h3 ^ h4
    h2 ^= h1
    h3 ^= h1
    h4 ^= h1
    return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('')
  }
}
