import { ministries } from './ministries.ts'
import {
  agencyAbbreviations,
  caseSensitiveAbbreviations,
  englishNames,
  formerMinistryAbbreviations,
  germanNames,
  ministryStems,
} from './redaction-terms.ts'
import { alternation, END, escape, markers, START, umlautTolerant } from './redaction-patterns.ts'

// A genitive at the end of a word (Amtes, Kanzleramts), not the linking s of a compound.
const GENITIVE = '(?:e?s(?!\\p{L}))?'

/** A full name from the list, open to "Bundesministeriums", "Ministerien" and line breaks. */
const listedName = (name: string) =>
  escape(name)
    .replace(/ministerium/gi, 'ministeri(?:ums?|en)')
    .replace(/ /g, '\\s+')

const current = ministries.filter((m) => m.abbr !== 'other')

// Nouns of an official name: "Migration und Flüchtlinge", "Bildung, Familie, … und Jugend",
// "wirtschaftliche Zusammenarbeit". A chain goes on only after a joining word, so the noun
// that follows a name ("… Flüchtlinge Kolleginnen sagen") stays.
const ADJECTIVE = '(?:\\p{Ll}+(?:isch|lich|ar|al|ig|iv|ell)e[nr]? )'
const NOUN = `${ADJECTIVE}?\\p{Lu}[\\p{L}-]*`
// "der" joins only before an adjective ("Sicherheit der nuklearen Entsorgung"), so that
// "… für Gesundheit der Kollege" is not read as part of a name.
const JOIN = `(?:,? und(?: für)?|,(?: für)?| in der| sowie| der(?= ${ADJECTIVE}\\p{Lu})) `
const TAIL = `(?:${JOIN}${NOUN})*`
const CHAIN = `(?:(?:die|den|das) )?${NOUN}${TAIL}`
const MINISTRY_DE = '(?:[Bb]undes|Staats)?[Mm]inister(?:ium|iums|ien|in|innen|s)?'
const AGENCY_DE =
  '[Bb]undes(?:amt|anstalt|agentur|zentrale|zentralamt|institut|akademie|beauftragte)(?:e?s|n|r)?'
const WORD_EN = "\\p{Lu}[\\p{L}'’-]+"
const CHAIN_EN = `(?:the )?${WORD_EN}(?:(?:,? and|,)? (?:the )?${WORD_EN})*`
const AGENCY_EN = 'Federal (?:Office|Agency|Institute|Commissioner|Centre|Center|Authority)'

/** Official names made of a head and a portfolio, including ones no list knows yet. */
const officialName = new RegExp(
  [
    `${MINISTRY_DE} (?:für ${CHAIN}|der (?:Finanzen|Justiz|Verteidigung)${TAIL}|des Innern${TAIL})`,
    `${AGENCY_DE} für ${CHAIN}`,
    `(?:Federal )?Minist(?:ry|er) (?:of|for) ${CHAIN_EN}`,
    `${AGENCY_EN} (?:of|for) ${CHAIN_EN}`,
  ]
    .map((source) => START + source)
    .join('|'),
  'gu'
)

const germanName = new RegExp(
  `${START}(?:${alternation([...current.map((m) => listedName(m.name)), ...germanNames].map(umlautTolerant))})${GENITIVE}`,
  'giu'
)

const englishName = new RegExp(
  `${START}(?:${alternation([...current.map((m) => listedName(m.nameEn)), ...englishNames])})(?:['’]?s)?${END}`,
  'giu'
)

// Innenministerium, Bundesfinanzministeriums, Gesundheitsministerin, Digitalministeriums-Vertreter.
const shortForm = new RegExp(
  `${START}(?:bundes-?)?(?:${alternation(ministryStems.map(umlautTolerant))})(?:ministeri(?:ums?|en)|minister(?:in|innen|s)?|ressorts?)${GENITIVE}`,
  'giu'
)

/** "BMI" also as "bmi", "Bmi", "B.M.I." or "b.m.i": people type them every way. */
const spellings = (abbr: string) =>
  /^\p{L}{3,}$/u.test(abbr) ? [escape(abbr), [...abbr].join('\\.\\s?') + '\\.?'] : [escape(abbr)]

const listedAbbreviations = [
  ...current.map((m) => m.abbr),
  ...formerMinistryAbbreviations,
  ...agencyAbbreviations,
]
const anyCase = listedAbbreviations.filter((a) => !caseSensitiveAbbreviations.includes(a))
const abbreviation = new RegExp(
  `${START}(?:${alternation(anyCase.flatMap(spellings))})(?:['’]?s)?${END}`,
  'giu'
)
// "AA-Batterie" is a battery, not the Foreign Office.
const NOT_A_BATTERY = '(?!-(?:Batterie|Akku|Zelle)n?)'
const exactAbbreviation = new RegExp(
  `${START}(?:${alternation(caseSensitiveAbbreviations.map(escape))})(?:['’]?s)?${NOT_A_BATTERY}${END}`,
  'gu'
)

/** "Bundesministerium für … (BMDV)" becomes one marker, not two. */
const doubled = /\[Ressort\](?:\s*\(\[Ressort\]\))+/g

/** Replaces ministries, the Chancellery and federal agencies, in that order of specificity. */
export function redactRessorts(text: string): string {
  return [officialName, germanName, englishName, shortForm, abbreviation, exactAbbreviation]
    .reduce((t, pattern) => t.replace(pattern, markers.ressort), text)
    .replace(doubled, markers.ressort)
}
