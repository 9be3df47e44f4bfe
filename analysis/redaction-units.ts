import { markers, START } from './redaction-patterns.ts'

// Units in every inflection: Referat, Referats, Referate, Referaten; Abteilung, Abteilungen…
const UNIT_DE = [
  'Referat(?:e[sn]?|s)?',
  'Ref\\.',
  'Referatsgruppen?',
  'Abteilung(?:en)?',
  'U?Abt\\.',
  'Unterabteilung(?:en)?',
  'Gruppen?',
  'Fachgebiet(?:e[sn]?|s)?',
  'Sachgebiet(?:e[sn]?|s)?',
  'Stabsstellen?',
  'Projektgruppen?',
  'Arbeitsst(?:ab(?:e?s)?|äben?)',
  'Leitungsstab(?:e?s)?',
  'Planungsstab(?:e?s)?',
  '(?:Referats|Abteilungs|Unterabteilungs|Gruppen)leitung(?:en)?',
  // Heads of units by their codes: RL Z II 3, UAL G, AL 4.
  'RL|RefL|UAL|UAbtL|UA|AL|AbtL|GL|FGL|SGL',
].join('|')
// English words need a code with a letter and a digit, or two digits: "the department I work
// in" and "unit 4 of the course" name no unit.
const UNIT_EN = '[Uu]nit|[Dd]ivision|[Dd]irectorate(?:-[Gg]eneral)?|[Dd]epartment'

// One part of a code: "Z", "DG", "II", "14", "2.3", "Z14", "213a"; never a year or a share,
// and not "KI" of "KI-Themen".
const NUMBER = '\\d{1,3}(?:\\.\\d{1,3})*[a-z]?'
const PART = `(?:[A-Z]{1,3}(?:\\s?-?${NUMBER})?|${NUMBER})(?![\\p{L}\\p{N}]|-\\p{L}|\\s?(?:%|Prozent))`
const CODE = `${PART}(?:[\\s-]${PART}){0,3}`
// "Referate Z 14 und Z 15", "Abteilungen Z, G und P".
const CODES = `${CODE}(?:(?:\\s?,\\s?|\\s(?:und|oder|bis|and|or)\\s|\\s?/\\s?)${CODE})*`
const DIGIT_CODE = `(?=[A-Z]{1,3}[\\s-]?\\d|\\d{2})${CODE}`

const coded = new RegExp(
  `${START}(?:(?:${UNIT_DE})(?:\\s|-)${CODES}|(?:${UNIT_EN})\\s${DIGIT_CODE})`,
  'gu'
)

// Units called by their subject: "Stabsstelle Digitalisierung", "Projektgruppe
// Registermodernisierung". Only these: "die Abteilung Probleme ansprechen lassen" is no name.
const NAMED = '(?:Stabsstelle|Projektgruppe|Arbeitsstab|Leitungsstab|Planungsstab|Taskforce)'
const SUBJECT = '\\p{Lu}\\p{Ll}[\\p{L}-]*'
const named = new RegExp(
  `${START}${NAMED}\\s(?:(?:für|des|der|zur|zum)\\s)?${SUBJECT}(?:\\s(?:und|&)\\s${SUBJECT})?`,
  'gu'
)

/** Organisational units with their codes or names become `[Einheit]`. */
export function redactUnits(text: string): string {
  return text.replace(coded, markers.unit).replace(named, markers.unit)
}
