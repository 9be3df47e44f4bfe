// The words the context rules (roles.ts, skills.ts, senses.ts) look for, marked once per distinct
// word in its `TokenInfo`, so that an answer without any of them costs one test per match.

export const ROLE = 1
export const TOOL = 2
export const OPEN = 4
export const FAMILIAR = 8
export const PRIORITY = 16
export const SKILL = 32

const words = (s: string) => s.split(/\s+/).filter(Boolean)

// A role noun closing a signal: "Hausleitung", "Führungskräfte", "state secretary", "leaders".
const ROLE_ENDINGS = words(`
  leitung leitungen leiter leiterin fuehrung kraefte kraeften leitungsebene fuehrungsebene spitze
  vorgesetzte vorgesetzten vorgesetzter staatssekretaer staatssekretaerin sts kanzleramt
`)
const ROLES_EN = new Set(
  words('leadership leaders leader management manager managers superiors secretary chancellery ups')
)
// A tool closing a signal: "Kollaborationstools", "digitalen Werkzeugen", "collaboration tool".
const TOOL_ENDINGS = words('tool tools werkzeug werkzeuge werkzeugen')
// Someone's skills: "digitale Kompetenzen", "geschult", "wenig Ahnung", "trained", "literacy".
const SKILL_WORD =
  /^(kompetenz|digitalkompetenz|mindset|skill|geschult|schulung|fortbildung|weiterbildung|ahnung|verstaendnis|kenntnis|kennen$|auskennen|vertraut$|fit$|trained|training|knowledge|literacy|understanding|savvy|familiar)/

/** The marks of a word (folded), an OR of the flags above. */
export function wordMarks(folded: string): number {
  let marks = 0
  if (ROLES_EN.has(folded) || ROLE_ENDINGS.some((e) => folded.endsWith(e))) marks |= ROLE
  if (TOOL_ENDINGS.some((e) => folded.endsWith(e))) marks |= TOOL
  if (folded.startsWith('offen') || folded.startsWith('open')) marks |= OPEN
  if (folded === 'vertraut') marks |= FAMILIAR
  if (folded.startsWith('priori')) marks |= PRIORITY
  if (SKILL_WORD.test(folded)) marks |= SKILL
  return marks
}
