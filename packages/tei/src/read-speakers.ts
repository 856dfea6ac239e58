/**
 * Participants: `person` and `personGrp` of the header (in `particDesc`, `listPerson`, or
 * `standOff`) become the speaker registry; `who` pointers that resolve to nothing (ParlaMint keeps
 * its people in a separate file) get a speaker made from the pointer, with a warning.
 */
import { isKnownRole, type Speaker } from '@verbatim/core'
import { LABEL_NAME_TYPE } from './constants.js'
import { childElements, descendants, firstChild, normalizedText, textContent, type XmlElement } from './dom.js'
import { modelId } from './ids.js'
import type { ReadContext } from './read-context.js'

const NAME_SKIP = new Set(['roleName', 'addName'])

export class SpeakerRegistry {
  readonly speakers: Speaker[] = []
  private readonly byXmlId = new Map<string, Speaker>()
  private readonly taken = new Set<string>()
  private readonly unresolved = new Map<string, Speaker>()

  constructor(private readonly ctx: ReadContext) {}

  /** Read every person and personGrp of the header and of standOff. */
  readParticipants(root: XmlElement): void {
    const places = [firstChild(root, 'teiHeader'), firstChild(root, 'standOff')]
    for (const place of places) {
      if (!place) continue
      const people = [...descendants(place, 'person'), ...descendants(place, 'personGrp')].sort((a, b) => a.start - b.start)
      for (const person of people) this.add(person)
    }
  }

  private add(element: XmlElement): void {
    const ctx = this.ctx
    const xmlId = element.attributes['xml:id']
    let raw = xmlId ?? element.attributes.n ?? `speaker-${this.speakers.length + 1}`
    if (ctx.own && xmlId !== undefined && ctx.idPrefix && xmlId.startsWith(ctx.idPrefix)) raw = xmlId.slice(ctx.idPrefix.length)
    const id = modelId(raw, this.taken)
    this.taken.add(id)
    const speaker: Speaker = ctx.own ? readOwnSpeaker(element, id) : readOtherSpeaker(element, id)
    speaker.position = ctx.positionOf(element)
    this.speakers.push(speaker)
    if (xmlId !== undefined) this.byXmlId.set(xmlId, speaker)
  }

  /** The model id for a `who` pointer token (`#x` or `x`), making a speaker when it resolves to nothing. */
  resolve(token: string, at: XmlElement): string {
    const found = this.byXmlId.get(token) ?? this.unresolved.get(token)
    if (found) return found.id
    const id = modelId(token, this.taken)
    this.taken.add(id)
    // ParlaMint ids are SurnameForename: split the camel case for a readable name.
    const name = token.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    const speaker: Speaker = { id, name, role: 'unknown', aliases: [], group: false, position: this.ctx.positionOf(at) }
    this.speakers.push(speaker)
    this.unresolved.set(token, speaker)
    this.ctx.message(
      `expected who="#${token}" to point at a person of the header, found none; made speaker ${JSON.stringify(id)} from the pointer`,
      'unresolved-speaker',
      at,
    )
    return id
  }

  /**
   * Names made from pointers keep the pointer's word order (ParlaMint: `ZorčičIgor`); when a label
   * names the same words (`PREDSEDNIK IGOR ZORČIČ`), use the label's order (`Igor Zorčič`).
   */
  finish(): void {
    for (const speaker of this.unresolved.values()) {
      const words = speaker.name.split(' ')
      if (words.length < 2) continue
      for (const alias of speaker.aliases) {
        const upper = alias.toLocaleUpperCase()
        const at = words.map((word) => upper.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLocaleUpperCase())}(?![\\p{L}])`, 'u')))
        if (at.every((index) => index >= 0)) {
          speaker.name = words
            .map((word, index) => [word, at[index]!] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([word]) => word)
            .join(' ')
          break
        }
      }
    }
  }

  /** Record a label form seen in the text (other TEI: `note type="speaker"`). */
  addAlias(id: string, label: string): void {
    const speaker = this.speakers.find((candidate) => candidate.id === id)
    if (speaker && !speaker.aliases.includes(label)) speaker.aliases.push(label)
  }
}

/** toTei's form: persName (with roleName and name when there is a title), persName type="label", affiliation, @role. */
function readOwnSpeaker(element: XmlElement, id: string): Speaker {
  const names = childElements(element, 'persName')
  const main = names.find((name) => name.attributes.type !== LABEL_NAME_TYPE)
  const speaker: Speaker = {
    id,
    name: '',
    role: element.attributes.role ?? 'unknown',
    aliases: names.filter((name) => name.attributes.type === LABEL_NAME_TYPE).map((name) => textContent(name)),
    group: element.local === 'personGrp',
  }
  if (main) {
    const roleName = firstChild(main, 'roleName')
    const nameElement = firstChild(main, 'name')
    speaker.name = nameElement ? textContent(nameElement) : textContent(main)
    if (roleName) speaker.title = textContent(roleName)
  }
  const affiliation = firstChild(element, 'affiliation')
  if (affiliation) speaker.affiliation = textContent(affiliation)
  return speaker
}

function readOtherSpeaker(element: XmlElement, id: string): Speaker {
  const names = childElements(element, 'persName')
  const main = names.find((name) => name.attributes.type !== LABEL_NAME_TYPE) ?? firstChild(element, 'name')
  const aliases: string[] = names.filter((name) => name.attributes.type === LABEL_NAME_TYPE).map((name) => normalizedText(name))
  let name = ''
  let title: string | undefined
  if (main) {
    const parts = [...childElements(main, 'forename'), ...childElements(main, 'surname')]
      .sort((a, b) => a.start - b.start)
      .map((part) => normalizedText(part))
      .filter((part) => part !== '' && part !== '?')
    const abbr = firstChild(main, 'abbr')
    const abbreviation = abbr ? normalizedText(abbr) : ''
    if (abbreviation) aliases.push(abbreviation)
    const roleName = firstChild(main, 'roleName')
    if (roleName && normalizedText(roleName)) title = normalizedText(roleName)
    if (parts.length > 0) name = parts.join(' ')
    else if (firstChild(main, 'name')) name = normalizedText(firstChild(main, 'name'))
    else if (abbreviation) name = abbreviation
    else if (!firstChild(main, 'forename')) name = normalizedText(main, NAME_SKIP)
  }
  if (name === '') name = element.attributes.n ?? element.attributes['xml:id'] ?? id
  const role = element.attributes.role?.trim().split(/\s+/)[0]?.toLowerCase()
  const speaker: Speaker = {
    id,
    name,
    role: role && (isKnownRole(role) || /^[a-z][a-z0-9-]*$/.test(role)) ? role : 'unknown',
    aliases: [...new Set(aliases)],
    group: element.local === 'personGrp',
  }
  if (title !== undefined) speaker.title = title
  const affiliation = childElements(element, 'affiliation').map((candidate) => normalizedText(candidate)).find((text) => text !== '')
  if (affiliation) speaker.affiliation = affiliation
  return speaker
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
