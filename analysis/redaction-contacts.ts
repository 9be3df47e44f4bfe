import { markers, START } from './redaction-patterns.ts'

// Matching starts only where a token starts, which keeps long runs of letters linear.
const TOKEN_START = '(?<![\\p{L}\\p{N}._%+-])'
const PART = '[\\p{L}\\p{N}_%+-]+'
/** "(at)", "[dot]", " punkt ": how addresses are written to dodge harvesters. */
const spelled = (words: string) => `\\s?[([{]\\s?(?:${words})\\s?[)\\]}]\\s?|\\s(?:${words})\\s`
const AT = `(?:@|${spelled('at|ät')})`
const DOT = `(?:\\.|${spelled('dot|punkt')})`

// "a.schmidt@bmi.bund.de", "a.schmidt (at) bmf [dot] bund [dot] de",
// "anna punkt schmidt at bmi punkt bund punkt de". Bounded repetitions keep a long run of
// "punkt" words linear.
const email = new RegExp(
  `${TOKEN_START}${PART}(?:${DOT}${PART}){0,5}${AT}${PART}(?:${DOT}${PART}){0,5}${DOT}\\p{L}{2,}`,
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
  match.replace(/\D/g, '').length >= 7 && !date.test(match) ? markers.contact : match

// After a word that says so, any number is one: "Tel. 18 305 1234", "Durchwahl 1234",
// "App. 2217". "App" needs its dot: "die App 3 Mal geöffnet" is an app.
const CUE =
  '(?:Tel(?:efon)?(?:nummer)?\\.?|Tel\\.-Nr\\.|Rufnummer|Handy(?:nummer)?|Mobil(?:nummer)?|Fax|Durchwahl|DW|App\\.|Apparat|Nebenstelle|[Pp]hone|[Ee]xt(?:\\.|ension))'
const cued = new RegExp(`${START}(${CUE}:?\\s?)((?:-\\s?)?\\+?\\(?\\d(?:[ \\-/()]{0,2}\\d)*)`, 'gu')
const redactCued = (match: string, cue: string, number: string) =>
  number.replace(/\D/g, '').length >= 3 ? cue + markers.contact : match

// An extension alone: "unter -4711". Not a range ("2019 -2024"), a sum ("-500 Euro") or a
// decimal.
const extension =
  /(?<=^|[\s(])(?<!\d\s)-\d{3,5}(?![\p{L}\p{N}]|[.,]\d|\s?(?:%|€|Euro|EUR|Prozent|Uhr))/gu

/** Email addresses, phone numbers and extensions become `[Kontakt]`, URLs and domains `[Link]`. */
export function redactContacts(text: string): string {
  return text
    .replace(email, markers.contact)
    .replace(link, markers.link)
    .replace(domain, markers.link)
    .replace(cued, redactCued)
    .replace(phone, redactPhone)
    .replace(extension, markers.contact)
}
