import { alternation, END, escape, markers, START, umlautTolerant } from './redaction-patterns.ts'
import { seatCities, seats } from './redaction-seats.ts'

// A house number: "44", "78a", "128-130", "34–37", "17/18". Never a year, a time, a share or a
// version ("um 14 Uhr", "30 %", "4.0"), which a street word can also precede.
const HOUSE =
  '\\d{1,3}[a-z]?(?:\\s?[-–/]\\s?\\d{1,3}[a-z]?)?(?![\\p{L}\\p{N}]|[.,]\\d|\\s?(?:%|Uhr|Prozent))'
const CITY = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*'
// ", 53123 Bonn" after a street belongs to the same address.
const POSTCODE_CITY = `(?:,?\\s?(?:D-)?\\d{5}\\s${CITY})?`

/** A seat as typed: "Alt Moabit", "invalidenstr.", "Graurheindorfer Strasse". */
const seatSpelling = (seat: string) =>
  umlautTolerant(escape(seat))
    .replace(/[- ]/g, '[-\\s]?')
    .replace(/stra\(\?:ß\|ss\)e/gi, 'str(?:a(?:ß|ss)e|\\.)')

const knownSeat = new RegExp(
  `${START}(?:${alternation(seats.map(seatSpelling))})${END}(?:\\s?${HOUSE}${POSTCODE_CITY})?`,
  'giu'
)

const SUFFIX =
  '(?:[Ss]tra(?:ß|ss)e|[Ss]tr\\.|[Ww]eg|[Pp]latz|[Aa]llee|[Uu]fer|[Dd]amm|[Gg]asse|[Cc]haussee|[Gg]raben|[Pp]romenade)'
// Compounds that end like a street but are none: "Arbeitsplatz 3", "Lösungsweg 2".
const NOT_A_STREET =
  '(?!(?:Arbeits|Park|Stell|Sitz|Spiel|Steh|Schreibtisch|Dienst|Lösungs|Rück|Heim|Hin|Um|Aus|Königs|Mittel|Holz|Markt|Stau)(?:platz|weg|damm)\\s)'
// "Invalidenstraße 44", "Wilhelmstr. 54", "Robert-Schuman-Platz 1", "Kapelle-Ufer 1".
const compound = `${NOT_A_STREET}\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*){0,4}-?${SUFFIX}`
// "Graurheindorfer Straße 198", "Werderscher Markt 1"; not "Der Weg 2" or "Jede Straße 3".
const NOT_A_PLACE =
  '(?!(?:Der|Die|Oder|Aber|Jeder|Jede|Unser|Unsere|Euer|Eure|Ihre|Ihrer|Diese|Dieser|Keine|Keiner|Meine|Meiner|Deine|Seine|Seiner|Eine|Einer|Andere|Anderer|Weder|Wieder|Immer|Über|Unter|Hinter|Später|Erste|Erster|Letzte|Nächste|Gleiche)\\s)'
const twoWords = `${NOT_A_PLACE}\\p{Lu}\\p{Ll}{2,}(?:er|e)\\s(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Ufer|Damm|Markt|Graben|Chaussee)`
const street = new RegExp(`${START}(?:${compound}|${twoWords})\\s?${HOUSE}${POSTCODE_CITY}`, 'gu')

const postcodeCity = new RegExp(
  `${START}(?:D-)?\\d{5}\\s(?:${alternation(seatCities.map(escape))})(?:-${CITY})?${END}`,
  'gu'
)

/** Streets with a house number, the seats of ministries and postcodes with a city. */
export function redactAddresses(text: string): string {
  return [knownSeat, street, postcodeCity].reduce((t, p) => t.replace(p, markers.address), text)
}
