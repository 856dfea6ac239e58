/**
 * What each rule of the reader means, with an example, keyed by the rule's id: for documentation,
 * tools and messages that explain a rule. The rule tables the reader uses hold ids and patterns
 * only, so a bundle that only reads does not carry these texts (see `docs/decisions.md`).
 */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // Label grammars (`GRAMMARS`)
  markdown: 'markdown bold labels: `**Name:**` or `**Name**:`',
  timed: 'labels with a time stamp: `Name – 00:02:57:`, `[00:01:23] Name:`, `Name: (12:35)`, `Name  0:03`, `**Name**  0:03`',
  caps: 'ALL-CAPS labels: `SECRETARY OF DEFENSE ASH CARTER:`, `Q:`, and `Q` followed by spaces',
  mixed: 'mixed-case `Name:` labels (interviews, hearings, panels); ALL-CAPS labels are accepted too',
  court: 'court examination lines `Q.` and `A.`',
  // Page furniture (`FURNITURE_RULES`)
  'line-number': 'A line number from 1 to 25 at the start of a line, in runs that restart at 1 on every page (`3 CHIEF JUSTICE REHNQUIST: …`, ` 8 MR. LESSIG: …`).',
  'line-number-run': 'A line of line numbers only, run together (`17 18 19 20 21 22 23 24 25`) or standing alone on a page without text.',
  'unnumbered-line': 'In a line-numbered document, a line without a line number: a page number, a running head or foot (`Alderson Reporting Company 1-800-FOR-DEPO`), a caption column (`:`, `Petitioner`).',
  'form-feed': 'A form feed: the page break itself.',
  // Running heads and feet
  'running-head': 'A line first or last on half the pages (3+).',
  'page-number-line': 'With no form feeds: a page number alone on its line (`7`, `- 7 -`, `Page 7 of 40`), in a run going up by one (3+), is a page break; the lines next to it may be running heads.',
  'numbered-running-head': 'With no form feeds: a line that ends with a number, repeated (3+) the same once digits are set aside, its last number going up (`Deutscher Bundestag – 20. Wahlperiode – 41. Sitzung. Berlin, … 3101`), is a running head and a page break.',
  'margin-letter': 'A column letter of a record\'s page margin (`(A)` to `(D)`) alone on its line, within 6 lines of a page break: page furniture.',
  'blank-run-page': 'With no form feeds and no page numbers: two or more blank lines are a page break when a running head or foot stands next to half of them (3+).',
  // Bare question and answer lines (`BARE_COURT_RULE`)
  'bare-court-lines': 'A deposition typed with `Q` and `A` and no period (`Q    Where do you live?`, `A<tab>Denver.`: a tab or two spaces after the letter), at least 3 of each, 4 in 5 following a line of the other letter: they are the court\'s `Q.`/`A.` lines (the questioner and the witness), not the press and text.',
  // German month names (`GERMAN_MONTHS_RULE`, the full entry's `months_`)
  'german-month': 'A header date with a German month name and a day ending in a period (`Berlin, Donnerstag, den 9. Juni 2022`, `14. Jänner 2023`) is the date (`meta.date`); the basic entry reads English, Spanish and French month names only.',
  // Glued labels
  'glued-label': 'A label of the document glued to the speech before it on the same line, with no space (`…the Washington Post.RAMOS (through translator): Here…`) or after one space following a sentence end (`…Thank you, senator. CLINTON: Well…`), starts a turn when the document opens a paragraph with that label elsewhere; a mid-line match never makes a new speaker.',
  // Sentences over page breaks (`PAGE_JOIN_RULE`)
  'page-join': 'Two paragraphs with only page furniture between them (a page number, a running head or foot, set aside) are one paragraph when the text before the break does not end a sentence (it ends with a letter, a digit, a comma or a semicolon) and the text after it does not open like a label; on a double-spaced page (20+ paragraphs, 4 in 5 of them one line after one empty line: a court reporter\'s typing) the single blank lines are joined over the same way.',
  // Blank runs inside turns (`TURN_GAP_RULE`)
  'gap-in-turn': 'In a document that never puts two or more empty lines before a label, two empty lines inside a speech are a paragraph break of the same turn, not an unattributed turn (three or more still start one, as `toText` writes it).',
  // Clock-led lines (`CLOCK_LINE_RULE`, `CLOCK_PREFIX_RULE`)
  'clock-line': 'In a document where 3+ lines open with a bare time (`0:05 I have…`, `0:05 Ali: I have…`, or `Ali` alone above `0:05 I have…`), each such line starts a turn timed from it: of the label after the time, of the name line above it, or with no speaker.',
  'clock-prefix': "A column before (nearly) every line: the same time each time (`0:00 Brian Host  53:14`, `0:00 You know…`, an export's player column) or a deposition's page and line (`00006:01 Q. …`); masked, and the lines read without it.",
  // Stamp lines of a log
  'stamp-line': 'A bracketed time alone on the line before a turn (`[00:01:02]`, `[dd:hh:mm:ss.s]` of a mission log): the start time of the turn that follows.',
  'furniture-line': 'A log furniture line between the time and the label (`_page : 77`, `_tape :`, `_extra : ...`): a `page` note, not speech.',
  // Document kinds (`KIND_LABEL_RULES`)
  'court-by-judge': 'A document is a court record when a judge speaks under a court title (`CHIEF JUSTICE …`, `JUSTICE …`, `JUDGE …`, `THE COURT`) or witnesses are examined (`Q.`/`A.` lines).',
  'court-counsel': 'In a court record, a speaker addressed by an office title counsel hold (`GENERAL OLSON:`, the Solicitor General arguing) or by a courtesy title (`MR. LESSIG:`) is counsel (`attorney`).',
  'oral-history-by-header': 'A document is an oral history (or a research interview) when its header, before the first turn, says `oral history`, `interviewer`, `interviewee`, `historia oral` or `entrevistador`.',
  'oral-history-question': 'In an oral history, `Q:` and `QUESTION:` are the interviewer (role `interviewer`), not the press.',
  'witness-sworn': 'A line that swears a witness in (`(Witness sworn)`, `(The witness was duly sworn.)`) starts a new witness: the one called in the turns just before (`The government calls Louie Bonsukan.`), or nobody named yet; `THE WITNESS` and `A.` are that witness from then on, never the witness sworn before.',
  'title-page-name': 'Before the first turn, a line that is a name in capitals (`MARGARET HALE`) whose last word is a label of the document (`HALE:`) is that speaker\'s full name, not a place; a title-case line after it (`A Life in Public Health`) is the title (or subtitle); the interviewer\'s credit (`Interviews conducted by ...`) and a front-matter heading are header notes, never the place.',
  'court-question': 'In a court record, `QUESTION:` is a justice the record does not name, not the press.',
  // One paragraph per line
  'line-paragraphs': 'A paragraph of at least 20 lines averaging over 100 characters is one paragraph per line (no blank lines between them); a parenthesis spanning lines stays one paragraph.',
  // Section labels
  'section-label': 'A label that is a section word and a number (`Part 2:`, `Chapter 3:`, `Segment 1:`, `Teil II:`) opens a titled section break, not a turn.',
  // Short labels
  'label-line': 'A label alone on its line inside a paragraph (`Vizepräsidentin Petra Pau:`, a record exported without blank lines), in a document with 3 or more: the paragraph is split there, so the label opens a turn.',
  'consistent-short-label': 'A one- to three-letter capitalised word refused as a label elsewhere (`CC:`) opens at least 5 paragraphs: in this document it is a label.',
  // Site navigation and web furniture (boilerplate)
  'nav-control': 'A navigation control: `Toggle navigation`, `Jump to search`, `Main menu`.',
  'nav-list-link': 'A list item that is only a link reduced to `Text(Target)`, or empty: `* Browse by Subject(ETHW:Subject_browse)`, `* ** Go ****()`, `*`.',
  'nav-home-link': 'The site name linked to its home page, a link reduced to `Text(Target)`: `ETHW Engineering and Technology History Wiki(Main_Page)`.',
  'web-prompt': '`Continue reading the main story`, `See More »`',
  // Record structure of Hansards (`STRUCTURE_RULES`)
  'procedure-sitting': 'The sitting itself: `The House met at 14:01.`, `The House adjourned at 15:21.`, `The House divided.`',
  'procedure-chair': 'The chair taken or left: `The Speaker took the Chair.`, `The Deputy Speaker took the Chair and requested members to observe a moment of silence ...`',
  'procedure-decision': 'A decision of the House: `Motion agreed to.`, `Question put and agreed to.`, `Bill accordingly passed.`, `Agreed to.`, `Division demanded.`, `Report to be considered.`, `There was no debate.`',
  'procedure-declarations': 'A heading line of the order of business: `Declarations of vote:`.',
  'centred-heading': 'One to three short lines (up to 72 characters), each indented by 8 blanks or more, standing alone: a centred heading (`NOTICES OF MOTION`, `Cluster 2`).',
  'caps-heading': 'One line of capitals (two words or more, no lower-case letter, no final punctuation), up to 72 characters, standing alone: a heading (`QUESTIONS FOR ORAL REPLY`).',
  'heading-label': 'In a record whose labels carry their speech on the same line, a one- or two-word label with nothing after it (`MINISTERS:`, `Reply:`, `ANNOUNCEMENTS:`): a heading.',
  interjection: 'A line that says members called out (`Members interjecting.`, `Opposition members interjecting.`, `Honourable members interjecting—`): an event (`crosstalk`, the wording kept), inside the speech when it goes on after it.',
  'office-label': 'A record label of `The` and an office in capitals (`The DEPUTY SPEAKER:`, `The MINISTER OF EDUCATION:`): the office is the name and title (no article); a presiding office is the chair (`moderator`), others `official`; a holder named in parentheses (`The HOUSE CHAIRPERSON (Mr G Q M Doidge):`) is the name.',
  'seat-office': 'A seat and an office in parentheses after a name, joined by a dash (`Mr ALBANESE (Grayndler—Prime Minister):`): the affiliation and the title, not part of the name.',
  'procedure-sitting-time': 'A German record\'s sitting line written like a label (`Beginn: 9.00 Uhr`, `Schluss: 12.25 Uhr`, `Schluß: 12 Uhr 25 Minuten`): an event (`other`), not a speaker.',
  'named-office': 'A record label of a name, a comma and a government office (`Dr. Philipp Rösler, Bundesminister für Wirtschaft und Technologie:`): the office is the title, the role `official`, the name the words before the comma with its honorific kept (an info message).',
  'office-holders': 'One office label with different holders in parentheses (`The HOUSE CHAIRPERSON (Mr A Smith)`, then `(Ms B Jones)`): one speaker per holder, their turns following their labels (an info message).',
  'german-chair': '`Präsident Name:` / `Vizepräsidentin Name:` (also `Alterspräsident`) in a record (its structure read, or a speaker labelled with a German party): the chair of the sitting, role `moderator` (an info message); elsewhere (a press conference) the title only.',
  'party-label': 'A party in a label\'s last parentheses in mixed case or with spaces (`Stephan Brandner (AfD)`, `(BÜNDNIS 90/DIE GRÜNEN)`, `(Die Linke)`): the affiliation (capitals-only parties such as `(SPD)` are read by the label grammar).',
  'printed-question': 'A numbered question printed in the record: `443.  Mrs N D Mbombo (ANC) asked the Minister of Arts and Culture:`.',
  'division-list': 'A division list: `AYES-214: Abram, S; ...`, `NOES-53:`, `ABSTAIN-3:`.',
  'printed-matter': 'Once a record is sectioned by headings: unlabeled text with no speech to continue (a printed reply, an annex of tablings) is a note, not an unattributed turn.',
  // Role phrases (`ROLE_RULES`)
  'welcome-to-episode': 'Welcomes listeners or a guest to the show: "Welcome to another episode of ...", "Welcome to the show."',
  'bienvenidos-al-programa': 'Spanish welcome to the show: "Bienvenidos a otro episodio de ...".',
  'i-am-host': 'Introduces themselves as the host: "I\'m your host", "I\'m Ana Ruiz, your co-host".',
  'joined-by-co-host': 'Says the show has co-hosts, of whom they are one: "I\'m joined as always by my co-host ...".',
  'my-co-host': 'Names a co-host: "my co-host, Chris Benson" (the named speaker is a host).',
  'my-guest': 'Presents a guest: "My guest today is ...", "Joining me today is ...".',
  'named-guest': 'Names the guest: "My guest today is Greg Sanders" (the named speaker is a guest).',
  'joining-me-named': 'Names the guest: "Joining me today is Greg Sanders" (the named speaker is a guest).',
  'mi-invitado': 'Spanish: "Mi invitado de hoy es ...".',
  'thanks-for-joining-me': 'Thanks the guest for coming on: "Thanks for joining me", "Thank you for coming on the show".',
  'thanks-for-listening': 'Signs off to the audience: "Thanks for listening", "Gracias por escucharnos".',
  'thanks-for-having-me': 'Speaks as the invited one: "Thanks for having me", "Glad to be here", "Gracias por invitarme".',
  'i-am-moderator': 'Says they moderate: "I\'m your moderator", "I\'ll be moderating", "Soy el moderador".',
  'introduce-yourselves': 'Opens a panel: "Why don\'t we introduce ourselves?", "¿Por qué no nos presentamos?", "our panelists" (supports the questioning rule).',
}

/** The description of a rule by its id (`undefined` for an unknown id). */
export const describeRule = (id: string): string | undefined => (Object.hasOwn(RULE_DESCRIPTIONS, id) ? RULE_DESCRIPTIONS[id] : undefined)
