import {
  firstNames,
  notNames,
  roles,
  salutations,
  singularDeterminers,
  singularRoles,
  surnames,
} from './redaction-names.ts'
import { alternation, foldWord, markers, START } from './redaction-patterns.ts'

const WORD_END = '(?!\\p{L})'
const SALUTATION = `(?:${salutations.join('|')})`
const ROLE = `(?:${roles.join('|')}|(?<=${START}(?:${singularDeterminers.join('|')})\\s)(?:${singularRoles.join('|')}))`
const NOT_A_NAME = `(?!(?:${alternation(notNames)}|${SALUTATION}|${ROLE})${WORD_END})`
// German nouns are capitalised too: "als Frau Verantwortung tragen". Surnames rarely end like
// these; "-ung" only after five letters, so "Jung" and "Hartung" stay names.
const NOUN_ENDING = `(?!\\p{L}*(?:heit|keit|schaft|tion|tät|ismus|nis)(?:en|se)?${WORD_END}|\\p{L}{5,}ung${WORD_END}|\\p{L}+ungen${WORD_END})`
// "Robert Koch-Institut" and "Willy Brandt Straße" name places, not people.
const PLACE =
  '(?:Institut|Stiftung|Preis|Haus|Gesellschaft|Schule|Universität|Zentrum|Straße|Platz)'
const NOT_A_PLACE = `(?![-\\s]${PLACE})`
const NAME_WORD = `${NOT_A_NAME}${NOUN_ENDING}\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-(?!${PLACE})\\p{Lu}\\p{Ll}+){0,3}${WORD_END}`
const INITIAL = '\\p{Lu}\\.'
const PARTICLE = '(?:von der|von dem|van der|van den|von|van|de la|de|del|di|du|zu|zur|ten|ter)\\s'
// "Schmidt-Weber", "A. Schmidt", "von der Leyen", "Anna Schmidt"; or "M." alone.
const NAME = `(?:(?:${INITIAL}\\s?){0,3}(?:${PARTICLE})?${NAME_WORD}(?:\\s(?:${PARTICLE})?${NAME_WORD})?${NOT_A_PLACE}|${INITIAL})`

// "eine Frau Mitte fünfzig", "jeder Herr im Saal": no one in particular.
const NOT_GENERIC =
  '(?<!(?:[Ee]ine|[Kk]eine|[Jj]ede[mnr]?|[Ee]ine[mr]|[Ww]elche|[Mm]anche|[Dd]iese|[Jj]ene)\\s)'
const FIRST_NAME = `(?:${alternation(firstNames)})(?:-(?:${alternation(firstNames)}))?`

/** Each pattern captures what comes before the name, and the name. */
const patterns = [
  // "Frau Dr. Schmidt-Weber", "Herr M.", "Frau Staatssekretärin Müller": all of it goes.
  {
    keep: false,
    pattern: new RegExp(
      `${START}${NOT_GENERIC}(${SALUTATION}(?:\\s+(?:${SALUTATION}|${ROLE})){0,3}\\s+)(${NAME})`,
      'gu'
    ),
  },
  // "Kollegin Meier", "my boss Tom": the role stays, the name goes.
  {
    keep: true,
    pattern: new RegExp(`${START}(${ROLE}\\s+)(${NAME})`, 'gu'),
  },
  // "Anna Schmidt", "Benjamin Jadkowski" anywhere.
  {
    keep: false,
    pattern: new RegExp(
      `${START}()(${FIRST_NAME}\\s+(?:(?:${PARTICLE})?${NAME_WORD}${NOT_A_PLACE}|${INITIAL}))`,
      'gu'
    ),
  },
]

const redactWith = (t: string, { keep, pattern }: (typeof patterns)[number]) =>
  t.replace(pattern, (_, before: string) => (keep ? before : '') + markers.person)

/** People named with a salutation, a title, a role or a first name become `[Person]`. */
export const redactPeople = (text: string) => patterns.reduce(redactWith, text)

const knownFirstNames = new Set(firstNames.map(foldWord))
const knownNames = new Set([...knownFirstNames, ...surnames.map(foldWord)])

/** True for a word that is a frequent first name or surname, however it is typed. */
export const isKnownName = (word: string) => knownNames.has(foldWord(word))

const cue = new RegExp(`^(?:${SALUTATION}|${ROLE}|${alternation(singularRoles)})$`, 'u')

/**
 * True for a word after which a capitalised word is taken for a name: a salutation, title or
 * role ("frau", "dr", "kollegin", "ual") or a first name ("anna"). Emerging terms can skip the
 * word after one, so that a surname no list knows is not counted where it names someone.
 */
export const isPersonCue = (word: string) =>
  knownFirstNames.has(foldWord(word)) ||
  [word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()].some((w) => cue.test(w))
