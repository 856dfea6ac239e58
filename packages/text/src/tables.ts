/**
 * Speaker tables as data: titles and offices parsed out of labels, abbreviations expanded,
 * honorifics, and labels that name a role rather than a person.
 *
 * The tables are written compactly (one string, split once when the module loads) rather than as
 * arrays of string literals: the names repeat nothing and a minified bundle stays small.
 */

/** A table written as one string: split into rows at `row`, each row into cells at `cell`. */
function rows(table: string, row: string, cell: string): string[][] {
  return table.split(row).map((entry) => entry.split(cell))
}

/** A set of words written as one string, `a|b|c`. */
export const wordSet = (table: string): Set<string> => new Set(table.split('|'))

/** Words kept lower case inside names and titles. */
export const LOWER_WORDS: ReadonlySet<string> = /* @__PURE__ */ wordSet('of|the|and|for|de|del|la|las|los|y|e|van|von|der|den|da|di|du|dos|das|do|bin|ibn|al|el|on|in|to')

/** `SECRETARY OF DEFENSE` -> `Secretary of Defense`; `JEAN-YVES` -> `Jean-Yves`; `O'NEIL` -> `O'Neil`. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/([ \u00a0]+)/)
    .map((word, index) => {
      if (/^[ \u00a0]+$/.test(word) || word === '') return word
      if (index > 0 && LOWER_WORDS.has(word)) return word
      return word.replace(/(^|[-'’.])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    })
    .join('')
}

export interface TitleEntry {
  /** Upper-case words as they appear in labels. */
  words: string
  /** The title as it is written out (`Secretary of Defense`). */
  title: string
  role: string
}


/** Titles and offices, any order (matched longest first): `WORDS` (an official, its title in title case) or `WORDS>Title>role`. */
export const TITLES: readonly TitleEntry[] = /* @__PURE__ */ rows(
  'SECRETARY OF DEFENSE|SECRETARY OF STATE|SECRETARY OF THE TREASURY|SECRETARY OF HOMELAND SECURITY|DEFENSE MINISTER|DEFENCE MINISTER|MINISTER OF DEFENSE|MINISTER OF DEFENCE|MINISTER OF THE ARMED FORCES|FOREIGN MINISTER|MINISTER OF FOREIGN AFFAIRS|PRIME MINISTER|DEPUTY PRIME MINISTER|VICE PRESIDENT|PRESIDENT|PRESIDENT-ELECT|SECRETARY GENERAL|SECRETARY-GENERAL|DEPUTY SECRETARY|UNDER SECRETARY|ASSISTANT SECRETARY|PRESS SECRETARY|DEPUTY PRESS SECRETARY|SECRETARY|MINISTER|CHANCELLOR|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN|AMBASSADOR|GENERAL|LIEUTENANT GENERAL|MAJOR GENERAL|BRIGADIER GENERAL|ADMIRAL|VICE ADMIRAL|REAR ADMIRAL|COLONEL|LIEUTENANT COLONEL|CAPTAIN|COMMANDER|GOVERNOR|MAYOR|COMMISSIONER|ADMINISTRATOR|ATTORNEY GENERAL|DIRECTOR|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|PENTAGON PRESS SECRETARY|NATIONAL SECURITY ADVISOR|CHIEF OF STAFF|KING|QUEEN|PRINCE|PRINCESS|PRESIDENTE|PRESIDENTA|SECRETARIO|SECRETARIA|SUBSECRETARIO|SUBSECRETARIA|GOBERNADOR|GOBERNADORA|MINISTRO|MINISTRA|CANCILLER|DIPUTADO|DIPUTADA|JEFA DE GOBIERNO|JEFE DE GOBIERNO|GENERAL SECRETARIO|PRÄSIDENT|VIZEPRÄSIDENT|PRÄSIDENTIN|VIZEPRÄSIDENTIN|BUNDESMINISTER|BUNDESMINISTERIN|BUNDESKANZLER|BUNDESKANZLERIN|STAATSSEKRETÄR|SCHRIFTFÜHRER|MADAM SPEAKER|MR SPEAKER|MR. SPEAKER|DEPUTY SPEAKER|ALMIRANTE|DIRECTORA|COORDINADOR|COORDINADORA|VOCERO|VOCERA|SENATOR>>senator|SENADOR>>senator|SENADORA>>senator|CHIEF JUSTICE>>judge|JUSTICE>>judge|JUDGE>>judge|ABGEORDNETER|ABGEORDNETE|PROFESSOR>>unknown|DOCTOR>>unknown',
  '|',
  '>',
).map(([words, title, role]) => ({ words: words!, title: title || titleCase(words!), role: role ?? 'official' }))

/** Abbreviations in labels, expanded to the word they stand for (`SEC.` -> `SECRETARY`). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(
  rows('SEC.=SECRETARY MIN.=MINISTER GEN.=GENERAL ADM.=ADMIRAL SEN.=SENATOR REP.=REPRESENTATIVE AMB.=AMBASSADOR GOV.=GOVERNOR PRES.=PRESIDENT COL.=COLONEL LT.=LIEUTENANT CAPT.=CAPTAIN CMDR.=COMMANDER MAJ.=MAJOR PROF.=PROFESSOR DR.=DOCTOR SECY.=SECRETARY AMBASSADOR.=AMBASSADOR SECRETARY.=SECRETARY LT=LIEUTENANT GEN=GENERAL ABG.=ABGEORDNETER SEC=SECRETARY MIN=MINISTER ADM=ADMIRAL SEN=SENATOR REP=REPRESENTATIVE AMB=AMBASSADOR GOV=GOVERNOR DR=DOCTOR', ' ', '='),
)

/** Courtesy titles: dropped from the name, not a title. */
export const HONORIFICS: ReadonlySet<string> = /* @__PURE__ */ wordSet('MR.|MR|MS.|MS|MRS.|MRS|MISS|MX.|SIR|DAME|HON.|THE HONORABLE|M.|MME.|MME|SR.|SRA.|SRTA.|SEÑOR|SEÑORA|DON|DOÑA|HERR|FRAU|MNR|MEV|ME|RRE|MNU|NKK|NKSZ|NKUL|NKSKZ|MKSZN|MUF')

export interface RoleLabel {
  id: string
  name: string
  role: string
  group: boolean
  /** For `THE WITNESS`: resolve to the witness on the stand when one is known. */
  currentWitness?: boolean
}

/**
 * Labels that name a role or an anonymous group, upper case, without a trailing period. One row
 * per speaker: `LABEL,LABEL=id|name|role|group (1)|currentWitness (w)`. Among them: `INTERVENCIÓN`,
 * interjections from the room, whoever spoke, kept apart from the questions the source labels as such.
 */
export const ROLE_LABELS: Readonly<Record<string, RoleLabel>> = /* @__PURE__ */ roleLabels(
  'Q,QUESTION,QUESTIONER,REPORTER,REPORTERS,JOURNALIST,PRESS,PREGUNTA,PERIODISTA,INTERLOCUTOR,AUDIENCE QUESTION=journalists|Journalists|journalist|1;INTERVENCIÓN,INTERVENCION=interventions|Interventions from the room|audience|1;STAFF=staff|Staff|staff;MODERATOR=moderator|Moderator|moderator;MODERADOR=moderador|Moderador|moderator;MODERADORA=moderadora|Moderadora|moderator;OPERATOR,THE OPERATOR=operator|Operator|operator;THE COURT=the-court|The Court|judge;THE CLERK=the-clerk|The Clerk|staff;THE DEPUTY CLERK=the-deputy-clerk|The Deputy Clerk|staff;THE LAW CLERK=the-law-clerk|The Law Clerk|staff;THE WITNESS=the-witness|The Witness|witness||w;THE INTERPRETER,INTERPRETER,TRANSLATOR,INTÉRPRETE=interpreter|Interpreter|interpreter;JUROR,THE JUROR=juror|Juror|juror|1;THE JURORS,JURORS=the-jurors|The Jurors|juror|1;SENIOR ADMINISTRATION OFFICIAL,SENIOR ADMINISTRATION OFFICIALS=senior-administration-official|Senior Administration Official|official|1;ADMINISTRATION OFFICIAL=administration-official|Administration Official|official|1;SENIOR STATE DEPARTMENT OFFICIAL=senior-state-department-official|Senior State Department Official|official|1;SENIOR DEFENSE OFFICIAL=senior-defense-official|Senior Defense Official|official|1;SENIOR OFFICIAL=senior-official|Senior Official|official|1;SENATOR=senators|Senator|senator|1;HOST=host|Host|host;GUEST=guest|Guest|guest;CHAIR,THE CHAIR,CHAIRMAN=chair|Chair|moderator;AUDIENCE,AUDIENCE MEMBER=audience|Audience|unknown|1;PARTICIPANT=participants|Participants|unknown|1;UNIDENTIFIED SPEAKER,UNIDENTIFIED,UNKNOWN SPEAKER,UNKNOWN,VOICE,MALE SPEAKER,FEMALE SPEAKER,SPEAKER,OFF-MIC=unidentified|Unidentified speakers|unknown|1;NARRATOR=narrator|Narrator|unknown;ANNOUNCER=announcer|Announcer|staff;THE PRESIDENT=the-president|The President|official',
)

function roleLabels(table: string): Record<string, RoleLabel> {
  const labels: Record<string, RoleLabel> = {}
  for (const [keys, value] of rows(table, ';', '=')) {
    const [id, name, role, group, witness] = value!.split('|') as [string, string, string, string?, string?]
    const label: RoleLabel = witness ? { id, name, role, group: group === '1', currentWitness: true } : { id, name, role, group: group === '1' }
    for (const key of keys!.split(',')) labels[key] = label
  }
  return labels
}

/** Labels that mark a section rather than a speaker (`**Break**:` in podcast transcripts). */
export const BREAK_LABELS: ReadonlySet<string> = /* @__PURE__ */ wordSet('BREAK|INTERMISSION|AD BREAK|SPONSOR BREAK|MIDROLL|PAUSA')

