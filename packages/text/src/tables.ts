/**
 * Speaker tables as data: titles and offices parsed out of labels, abbreviations expanded,
 * honorifics, and labels that name a role rather than a person.
 */

/** Words kept lower case inside names and titles. */
export const LOWER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'las', 'los', 'y', 'e', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'on', 'in', 'to'])

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

const official = (words: string, title?: string): TitleEntry => ({ words, title: title ?? titleCase(words), role: 'official' })

/** Titles and offices, any order (matched longest first). */
export const TITLES: readonly TitleEntry[] = [
  official('SECRETARY OF DEFENSE'), official('SECRETARY OF STATE'), official('SECRETARY OF THE TREASURY'), official('SECRETARY OF HOMELAND SECURITY'),
  official('DEFENSE MINISTER'), official('DEFENCE MINISTER'), official('MINISTER OF DEFENSE'), official('MINISTER OF DEFENCE'), official('MINISTER OF THE ARMED FORCES'),
  official('FOREIGN MINISTER'), official('MINISTER OF FOREIGN AFFAIRS'), official('PRIME MINISTER'), official('DEPUTY PRIME MINISTER'), official('VICE PRESIDENT'),
  official('PRESIDENT'), official('PRESIDENT-ELECT'), official('SECRETARY GENERAL'), official('SECRETARY-GENERAL'), official('DEPUTY SECRETARY'), official('UNDER SECRETARY'),
  official('ASSISTANT SECRETARY'), official('PRESS SECRETARY'), official('DEPUTY PRESS SECRETARY'), official('SECRETARY'), official('MINISTER'), official('CHANCELLOR'),
  official('REPRESENTATIVE'), official('CONGRESSMAN'), official('CONGRESSWOMAN'), official('AMBASSADOR'), official('GENERAL'), official('LIEUTENANT GENERAL'),
  official('MAJOR GENERAL'), official('BRIGADIER GENERAL'), official('ADMIRAL'), official('VICE ADMIRAL'), official('REAR ADMIRAL'), official('COLONEL'),
  official('LIEUTENANT COLONEL'), official('CAPTAIN'), official('COMMANDER'), official('GOVERNOR'), official('MAYOR'), official('COMMISSIONER'), official('ADMINISTRATOR'),
  official('ATTORNEY GENERAL'), official('DIRECTOR'), official('SPOKESMAN'), official('SPOKESWOMAN'), official('SPOKESPERSON'), official('PENTAGON PRESS SECRETARY'),
  official('NATIONAL SECURITY ADVISOR'), official('CHIEF OF STAFF'), official('KING'), official('QUEEN'), official('PRINCE'), official('PRINCESS'),
  official('PRESIDENTE'), official('PRESIDENTA'), official('SECRETARIO'), official('SECRETARIA'), official('SUBSECRETARIO'), official('SUBSECRETARIA'),
  official('GOBERNADOR'), official('GOBERNADORA'), official('MINISTRO'), official('MINISTRA'), official('CANCILLER'), official('DIPUTADO'), official('DIPUTADA'),
  official('JEFA DE GOBIERNO', 'Jefa de Gobierno'), official('JEFE DE GOBIERNO', 'Jefe de Gobierno'), official('GENERAL SECRETARIO', 'General Secretario'),
  official('PRÄSIDENT', 'Präsident'), official('VIZEPRÄSIDENT', 'Vizepräsident'), official('PRÄSIDENTIN', 'Präsidentin'), official('VIZEPRÄSIDENTIN', 'Vizepräsidentin'),
  official('BUNDESMINISTER', 'Bundesminister'), official('BUNDESMINISTERIN', 'Bundesministerin'), official('BUNDESKANZLER', 'Bundeskanzler'), official('BUNDESKANZLERIN', 'Bundeskanzlerin'),
  official('STAATSSEKRETÄR', 'Staatssekretär'), official('SCHRIFTFÜHRER', 'Schriftführer'), official('MADAM SPEAKER', 'Madam Speaker'), official('MR SPEAKER', 'Mr Speaker'),
  official('MR. SPEAKER', 'Mr. Speaker'), official('DEPUTY SPEAKER'),
  official('ALMIRANTE'), official('DIRECTORA'), official('COORDINADOR'), official('COORDINADORA'), official('VOCERO'), official('VOCERA'),
  { words: 'SENATOR', title: 'Senator', role: 'senator' }, { words: 'SENADOR', title: 'Senador', role: 'senator' }, { words: 'SENADORA', title: 'Senadora', role: 'senator' },
  { words: 'CHIEF JUSTICE', title: 'Chief Justice', role: 'judge' }, { words: 'JUSTICE', title: 'Justice', role: 'judge' }, { words: 'JUDGE', title: 'Judge', role: 'judge' },
  { words: 'ABGEORDNETER', title: 'Abgeordneter', role: 'official' }, { words: 'ABGEORDNETE', title: 'Abgeordnete', role: 'official' },
  { words: 'PROFESSOR', title: 'Professor', role: 'unknown' }, { words: 'DOCTOR', title: 'Doctor', role: 'unknown' },
]

/** Abbreviations in labels, expanded to the word they stand for (`SEC.` -> `SECRETARY`). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'SEC.': 'SECRETARY', 'MIN.': 'MINISTER', 'GEN.': 'GENERAL', 'ADM.': 'ADMIRAL', 'SEN.': 'SENATOR', 'REP.': 'REPRESENTATIVE', 'AMB.': 'AMBASSADOR',
  'GOV.': 'GOVERNOR', 'PRES.': 'PRESIDENT', 'COL.': 'COLONEL', 'LT.': 'LIEUTENANT', 'CAPT.': 'CAPTAIN', 'CMDR.': 'COMMANDER', 'MAJ.': 'MAJOR',
  'PROF.': 'PROFESSOR', 'DR.': 'DOCTOR', 'SECY.': 'SECRETARY', 'AMBASSADOR.': 'AMBASSADOR', 'SECRETARY.': 'SECRETARY', 'LT': 'LIEUTENANT', 'GEN': 'GENERAL',
  'ABG.': 'ABGEORDNETER', 'SEC': 'SECRETARY', 'MIN': 'MINISTER', 'ADM': 'ADMIRAL', 'SEN': 'SENATOR', 'REP': 'REPRESENTATIVE', 'AMB': 'AMBASSADOR', 'GOV': 'GOVERNOR', 'DR': 'DOCTOR',
}

/** Courtesy titles: dropped from the name, not a title. */
export const HONORIFICS: ReadonlySet<string> = new Set(['MR.', 'MR', 'MS.', 'MS', 'MRS.', 'MRS', 'MISS', 'MX.', 'SIR', 'DAME', 'HON.', 'THE HONORABLE', 'M.', 'MME.', 'MME', 'SR.', 'SRA.', 'SRTA.', 'SEÑOR', 'SEÑORA', 'DON', 'DOÑA', 'HERR', 'FRAU',
  // South African Hansard courtesy titles (Afrikaans, Setswana, isiZulu, isiXhosa, Tshivenda): Mr, Mrs, Ms.
  'MNR', 'MEV', 'ME', 'RRE', 'MNU', 'NKK', 'NKSZ', 'NKUL', 'NKSKZ', 'MKSZN', 'MUF'])

export interface RoleLabel {
  id: string
  name: string
  role: string
  group: boolean
  /** For `THE WITNESS`: resolve to the witness on the stand when one is known. */
  currentWitness?: boolean
}

const journalists: RoleLabel = { id: 'journalists', name: 'Journalists', role: 'journalist', group: true }
/** Interjections from the room (`INTERVENCIÓN`): whoever spoke, kept apart from the questions the source labels as such. */
const interventions: RoleLabel = { id: 'interventions', name: 'Interventions from the room', role: 'audience', group: true }
const unidentified: RoleLabel = { id: 'unidentified', name: 'Unidentified speakers', role: 'unknown', group: true }

/** Labels that name a role or an anonymous group, upper case, without a trailing period. */
export const ROLE_LABELS: Readonly<Record<string, RoleLabel>> = {
  Q: journalists, QUESTION: journalists, QUESTIONER: journalists, REPORTER: journalists, REPORTERS: journalists, JOURNALIST: journalists, PRESS: journalists,
  PREGUNTA: journalists, 'INTERVENCIÓN': interventions, INTERVENCION: interventions, PERIODISTA: journalists, INTERLOCUTOR: journalists, 'AUDIENCE QUESTION': journalists,
  STAFF: { id: 'staff', name: 'Staff', role: 'staff', group: false },
  MODERATOR: { id: 'moderator', name: 'Moderator', role: 'moderator', group: false },
  MODERADOR: { id: 'moderador', name: 'Moderador', role: 'moderator', group: false },
  MODERADORA: { id: 'moderadora', name: 'Moderadora', role: 'moderator', group: false },
  OPERATOR: { id: 'operator', name: 'Operator', role: 'operator', group: false },
  'THE OPERATOR': { id: 'operator', name: 'Operator', role: 'operator', group: false },
  'THE COURT': { id: 'the-court', name: 'The Court', role: 'judge', group: false },
  'THE CLERK': { id: 'the-clerk', name: 'The Clerk', role: 'staff', group: false },
  'THE DEPUTY CLERK': { id: 'the-deputy-clerk', name: 'The Deputy Clerk', role: 'staff', group: false },
  'THE LAW CLERK': { id: 'the-law-clerk', name: 'The Law Clerk', role: 'staff', group: false },
  'THE WITNESS': { id: 'the-witness', name: 'The Witness', role: 'witness', group: false, currentWitness: true },
  'THE INTERPRETER': { id: 'interpreter', name: 'Interpreter', role: 'interpreter', group: false },
  INTERPRETER: { id: 'interpreter', name: 'Interpreter', role: 'interpreter', group: false },
  TRANSLATOR: { id: 'interpreter', name: 'Interpreter', role: 'interpreter', group: false },
  'INTÉRPRETE': { id: 'interpreter', name: 'Interpreter', role: 'interpreter', group: false },
  JUROR: { id: 'juror', name: 'Juror', role: 'juror', group: true },
  'THE JUROR': { id: 'juror', name: 'Juror', role: 'juror', group: true },
  'THE JURORS': { id: 'the-jurors', name: 'The Jurors', role: 'juror', group: true },
  JURORS: { id: 'the-jurors', name: 'The Jurors', role: 'juror', group: true },
  'SENIOR ADMINISTRATION OFFICIAL': { id: 'senior-administration-official', name: 'Senior Administration Official', role: 'official', group: true },
  'SENIOR ADMINISTRATION OFFICIALS': { id: 'senior-administration-official', name: 'Senior Administration Official', role: 'official', group: true },
  'ADMINISTRATION OFFICIAL': { id: 'administration-official', name: 'Administration Official', role: 'official', group: true },
  'SENIOR STATE DEPARTMENT OFFICIAL': { id: 'senior-state-department-official', name: 'Senior State Department Official', role: 'official', group: true },
  'SENIOR DEFENSE OFFICIAL': { id: 'senior-defense-official', name: 'Senior Defense Official', role: 'official', group: true },
  'SENIOR OFFICIAL': { id: 'senior-official', name: 'Senior Official', role: 'official', group: true },
  SENATOR: { id: 'senators', name: 'Senator', role: 'senator', group: true },
  HOST: { id: 'host', name: 'Host', role: 'host', group: false },
  GUEST: { id: 'guest', name: 'Guest', role: 'guest', group: false },
  CHAIR: { id: 'chair', name: 'Chair', role: 'moderator', group: false },
  'THE CHAIR': { id: 'chair', name: 'Chair', role: 'moderator', group: false },
  CHAIRMAN: { id: 'chair', name: 'Chair', role: 'moderator', group: false },
  AUDIENCE: { id: 'audience', name: 'Audience', role: 'unknown', group: true },
  'AUDIENCE MEMBER': { id: 'audience', name: 'Audience', role: 'unknown', group: true },
  PARTICIPANT: { id: 'participants', name: 'Participants', role: 'unknown', group: true },
  'UNIDENTIFIED SPEAKER': unidentified, UNIDENTIFIED: unidentified, 'UNKNOWN SPEAKER': unidentified, UNKNOWN: unidentified, VOICE: unidentified,
  'MALE SPEAKER': unidentified, 'FEMALE SPEAKER': unidentified, SPEAKER: unidentified, 'OFF-MIC': unidentified, NARRATOR: { id: 'narrator', name: 'Narrator', role: 'unknown', group: false },
  ANNOUNCER: { id: 'announcer', name: 'Announcer', role: 'staff', group: false },
  'THE PRESIDENT': { id: 'the-president', name: 'The President', role: 'official', group: false },
}

/** Labels that mark a section rather than a speaker (`**Break**:` in podcast transcripts). */
export const BREAK_LABELS: ReadonlySet<string> = new Set(['BREAK', 'INTERMISSION', 'AD BREAK', 'SPONSOR BREAK', 'MIDROLL', 'PAUSA'])

