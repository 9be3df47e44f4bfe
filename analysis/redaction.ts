import { ministries } from './ministries.ts'
import {
  agencyAbbreviations,
  englishNames,
  formerMinistryAbbreviations,
  germanNames,
  ministryStems,
} from './redaction-terms.ts'

/** The neutral markers that stand in for what a quote must not show. */
export const markers = {
  ressort: '[Ressort]',
  email: '[E-Mail]',
  phone: '[Telefon]',
  link: '[Link]',
} as const

// JavaScript's \b only knows ASCII, so "Auswärtiges" would have a boundary inside it.
const START = '(?<![\\p{L}\\p{N}_])'
const END = '(?![\\p{L}\\p{N}_])'
// A genitive at the end of a word (Amtes, Kanzleramts), not the linking s of a compound.
const GENITIVE = '(?:e?s(?!\\p{L}))?'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (sources: string[]) =>
  [...new Set(sources)].sort((a, b) => b.length - a.length).join('|')

/** Accepts the spellings people type without umlaut keys: ae, oe, ue, ss. */
const umlautTolerant = (source: string) =>
  source
    .replace(/ä/g, '(?:ä|ae)')
    .replace(/ö/g, '(?:ö|oe)')
    .replace(/ü/g, '(?:ü|ue)')
    .replace(/ß/g, '(?:ß|ss)')

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

// "AA-Batterie" is a battery, not the Foreign Office.
const NOT_A_BATTERY = '(?!-(?:Batterie|Akku|Zelle)n?)'
const abbreviation = new RegExp(
  `${START}(?:${alternation([...current.map((m) => m.abbr), ...formerMinistryAbbreviations, ...agencyAbbreviations].map(escape))})(?:['’]?s)?${NOT_A_BATTERY}${END}`,
  'gu'
)

/** "Bundesministerium für … (BMDV)" becomes one marker, not two. */
const doubled = /\[Ressort\](?:\s*\(\[Ressort\]\))+/g

/** Replaces ministries, the Chancellery and federal agencies, in that order of specificity. */
function redactRessorts(text: string): string {
  return [officialName, germanName, englishName, shortForm, abbreviation]
    .reduce((t, pattern) => t.replace(pattern, markers.ressort), text)
    .replace(doubled, markers.ressort)
}

// Matching starts only where a token starts, which keeps long runs of letters linear.
const TOKEN_START = '(?<![\\p{L}\\p{N}._%+-])'

// "name(at)bmi.bund.de" is how addresses are often written to dodge harvesters.
const email = new RegExp(
  `${TOKEN_START}[\\p{L}\\p{N}._%+-]+(?:@|\\s?[([]at[)\\]]\\s?)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`,
  'giu'
)

// A path ends before closing punctuation: "(siehe https://bund.de/x)." keeps ")."
const PATH = `(?:[/?#](?:[^\\s<>"]*[^\\s<>".,;:!?)\\]}'’“”])?)?`
const link = new RegExp(
  `(?:https?://|${TOKEN_START}www\\.)[^\\s<>"]*[^\\s<>".,;:!?)\\]}'’“”]`,
  'giu'
)
// Lower-case top-level domains only, and none that a missing space after a full stop turns
// out of a German word ("gut.es lief", "Ende.De facto").
const TLD = '(?:de|com|org|net|eu|io|info|gov|edu|int|app|dev|ai|ch|uk|online|digital|bund|berlin)'
const LABEL = '(?=[\\p{N}-]*\\p{L})[\\p{L}\\p{N}-]+\\.'
const domain = new RegExp(`${TOKEN_START}(?:${LABEL})+${TLD}(?![\\p{L}\\p{N}-])${PATH}`, 'gu')

// +49 30 1234567, 0049 (0)30 1234567, 030/1234-567, (030) 123 45 67, 0151 23456789.
const phone =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)[1-9]\d{0,2}[ \-/]?(?:\(0\)[ \-/]?)?\d|\(0\d{1,5}\)|0\d)(?:[ \-/]?\d)+(?![\p{L}\p{N}])/gu
const date = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/

/** A phone number has at least seven digits and is not a date such as 01/02/2024. */
const redactPhone = (match: string) =>
  match.replace(/\D/g, '').length >= 7 && !date.test(match) ? markers.phone : match

/**
 * A quote as it may leave the system: names and abbreviations of federal ministries, the
 * Chancellery and federal agencies become `[Ressort]`, email addresses `[E-Mail]`, phone
 * numbers `[Telefon]`, URLs and domains `[Link]`. Everything else stays as written.
 */
export function redactQuote(text: string): string {
  const contacts = text
    .replace(email, markers.email)
    .replace(link, markers.link)
    .replace(domain, markers.link)
    .replace(phone, redactPhone)
  return redactRessorts(contacts)
}
