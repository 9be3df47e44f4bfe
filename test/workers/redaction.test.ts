import { describe, expect, it } from 'vitest'
import { ministries } from '../../analysis/ministries.ts'
import { selectQuotes } from '../../analysis/quotes.ts'
import { seededShuffle } from '../../analysis/random.ts'
import { identifyingTerm, isPersonCue, redactQuote } from '../../analysis/redaction.ts'
import { forbidInLogs } from './log-capture.ts'
import { identifying, ordinary } from './redaction-cases.ts'

const R = '[Ressort]'
const K = '[Kontakt]'
const current = ministries.filter((m) => m.abbr !== 'other')

const words = (text: string) => text.split(/\s+/)
const lines = (text: string) => text.split('\n').map((line) => line.trim())

/** Puts `term` into a sentence and expects exactly the term to become `marker`. */
const expectRedacted = (before: string, term: string, after: string, marker = R) =>
  expect(redactQuote(`${before}${term}${after}`)).toBe(`${before}${marker}${after}`)

describe('redactQuote: ministries', () => {
  it('redacts every current ministry by abbreviation in running German text', () => {
    for (const m of current) expectRedacted('Die Kollegin aus dem ', m.abbr, ' hat zugestimmt.')
  })

  it('redacts every current ministry by its full German name', () => {
    for (const m of current) expectRedacted('Wir haben mit dem ', m.name, ' gesprochen, gut.')
  })

  it('redacts every current ministry by its English name in English text', () => {
    for (const m of current) expectRedacted('We met people from the ', m.nameEn, ' last week.')
  })

  it('makes one marker of a full name followed by its abbreviation', () => {
    expect(
      redactQuote('Das Bundesministerium für Digitales und Verkehr (BMDV) hat uns beauftragt.')
    ).toBe(`Das ${R} hat uns beauftragt.`)
  })

  it.each([
    ['Laut Aussage des ', 'BMI', ' ist das so.'],
    ['Die Position des ', 'BMIs', ' war klar.'],
    ['Die ', 'BMI', '-Kollegin war offen.'],
    ['Das ist ', 'BMF', '-intern geregelt.'],
    ['Der ', 'Digitalministeriums', '-Vertreter schwieg.'],
    ['Die Referentin des ', 'Bundesministeriums der Finanzen', ' kam spät.'],
    ['Im ', 'Auswärtigen Amt', ' läuft das anders.'],
    ['Eine Kollegin des ', 'Auswärtigen Amtes', ' meinte das.'],
    ['Das ', 'Auswärtige Amt', ' war da.'],
    ['Eine Kollegin im ', 'Auswaertigen Amt', ' meinte das.'],
    ['Vertreter des ', 'Innenministeriums', ' fehlten.'],
    ['Im ', 'Bundesfinanzministerium', ' dauert das.'],
    ['Die ', 'Gesundheitsministerin', ' selbst kam.'],
    ['Beim ', 'Bundesministerium des Innern und für Heimat', ' war es anders.'],
    ['Das ', 'Gesundheitsressort', ' blockiert.'],
    ['Im ', 'Kanzleramt', ' sieht man das anders.'],
    ['Die Leitung des ', 'Bundeskanzleramtes', ' war dabei.'],
    ['Vertreter aus dem ', 'bundesministerium für gesundheit', ' fehlten.'],
    ['Das ', 'Ministerium für Digitales und Staatsmodernisierung', ' lud ein.'],
    ['Die ', 'Staatsministerin für Digitalisierung', ' war da.'],
  ])('redacts inflected, hyphenated and genitive forms: %s%s%s', (before, term, after) =>
    expectRedacted(before, term, after)
  )

  it.each(
    words(`Innenministerium Finanzministerium Kanzleramt Bundeskanzleramt Verteidigungsministerium
      Gesundheitsministerium Digitalministerium Wirtschaftsministerium Justizministerium
      Arbeitsministerium Umweltministerium Verkehrsministerium Bildungsministerium
      Familienministerium Landwirtschaftsministerium Entwicklungsministerium Bauministerium
      Forschungsministerium Außenministerium`)
  )('redacts the short form %s', (term) => expectRedacted('Das ', term, ' sieht das anders.'))

  it.each([
    ...words('BMDV BMWK BMBF BMFSFJ BMUV BMEL BMJ BMWSB BMVI BMWi BMU BMUB BMBFSFJ'),
    ...lines(`Bundesministerium für Digitales und Verkehr
      Bundesministerium für Verkehr und digitale Infrastruktur
      Bundesministerium für Wirtschaft und Klimaschutz
      Bundesministerium für Bildung und Forschung
      Bundesministerium für Familie, Senioren, Frauen und Jugend
      Bundesministerium für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz
      Bundesministerium für Ernährung und Landwirtschaft
      Bundesministerium der Justiz
      Bundesministerium des Innern, für Bau und Heimat`),
  ])('redacts the former ministry %s', (term) =>
    expectRedacted('Früher hat das ', term, ' das federführend gemacht.')
  )

  it.each([
    ['The ', 'Federal Foreign Office', ' was there.'],
    ['Staff of the ', "Foreign Office's", ' legal unit agreed.'],
    ['Someone from the ', 'Chancellery', ' joined.'],
    ['The ', 'Ministry of Finance', ' disagreed.'],
    ['The ', 'Federal Ministry for Digital and Transport', ' invited us.'],
    ['The ', 'Interior Ministry', ' was slow.'],
  ])('redacts English names: %s%s%s', (before, term, after) => expectRedacted(before, term, after))
})

describe('redactQuote: federal agencies', () => {
  it.each([
    ...words('BSI BVA ITZBund BAMF BKA BfDI BZSt BfArM RKI BBK THW BNetzA BAFA Bundespolizei'),
    ...words('Destatis Bundesnetzagentur DigitalService Bundesverwaltungsamt Bundeskriminalamt'),
    ...lines(`Statistischen Bundesamt
      Robert Koch-Institut
      Technischen Hilfswerk
      Bundesamt für Sicherheit in der Informationstechnik
      Bundesamt für Migration und Flüchtlinge
      Bundesanstalt für Finanzdienstleistungsaufsicht
      Bundeszentralamt für Steuern
      Bundesamt für Bevölkerungsschutz und Katastrophenhilfe
      Bundesinstitut für Arzneimittel und Medizinprodukte
      Bundesamt für die Sicherheit der nuklearen Entsorgung
      Bundeszentrale für politische Bildung
      Federal Office for Information Security
      Federal Statistical Office`),
  ])('redacts the agency %s', (term) => expectRedacted('Mit dem ', term, ' klappt es gut.'))

  it('redacts a seed document sentence naming the facilitator', () => {
    expect(redactQuote('Oder, wie eine Mitarbeiterin dem DigitalService erklärte: gut.')).toBe(
      `Oder, wie eine Mitarbeiterin dem ${R} erklärte: gut.`
    )
  })

  it('keeps the words after an agency name', () => {
    expect(redactQuote('Beim Bundesamt für Migration und Flüchtlinge Kolleginnen gefragt.')).toBe(
      `Beim ${R} Kolleginnen gefragt.`
    )
  })
})

describe('redactQuote: contact details', () => {
  it('redacts email addresses', () => {
    expect(
      redactQuote('Schreibt an max.mustermann@bmi.bund.de oder an a-l.schulz+u@example.org.')
    ).toBe(`Schreibt an ${K} oder an ${K}.`)
    expect(redactQuote('Kontakt: anna.schmidt (at) bmf.bund.de bitte.')).toBe(
      `Kontakt: ${K} bitte.`
    )
  })

  it.each([
    '+49 30 1234567',
    '+49 (0)30 18681-0',
    '0049 30 1234567',
    '030/1234-567',
    '(030) 123 45 67',
    '0151 23456789',
    '030-18681-0',
  ])('redacts the phone number %s', (number) =>
    expectRedacted('Ruft mich an unter ', number, ', danke.', K)
  )

  it.each([
    'https://www.bmi.bund.de/DE/themen/x.html?a=1',
    'http://intranet.example/wiki/Seite',
    'www.digitalservice.bund.de',
    'bund.de/xyz',
    'example.org',
  ])('redacts the link %s', (link) => expectRedacted('Mehr dazu (siehe ', link, ').', '[Link]'))
})

describe('redactQuote: ordinary text stays as written', () => {
  it.each([
    'Abba und Bambi hören gern Musik.',
    'Ich brauche eine AA-Batterie und zwei AAA-Batterien.',
    'Die Ministerin sagte im Kabinett, das Ministerium prüfe das.',
    'Alle Bundesministerien und das Bundesamt waren eingeladen.',
    'Der BMW parkt vor dem Haus, der BMX-Parcours ist gesperrt.',
    'Das BAföG-Amt hat geantwortet, mein BA-Studium ist lange her.',
    'Am 01.02.2024 um 09:30, Version 1.2.3, z.B. 3,5 von 10 usw.',
    'Zeitraum 2019-2024, Raum 0.12, Termin am 01/02/2024.',
    'Wir arbeiten sach- und nicht personenbezogen!',
    'Die Innenstadt war voll. Das war gut.es lief. Ende.De facto nicht.',
    'The minister said the ministry would review a digital service.',
    'Mehr Vertrauen, mehr Zeit, weniger Abstimmungsschleifen.',
  ])('keeps %s', (text) => expect(redactQuote(text)).toBe(text))
})

describe('redactQuote: the redaction sets', () => {
  forbidInLogs(...identifying.map((c) => c.text), ...ordinary)

  it('removes every person, unit, address, contact and ministry, and keeps every ordinary answer', () => {
    const missed = identifying.flatMap(({ text, gone, markers }) => {
      const redacted = redactQuote(text)
      for (const span of gone) expect(text, 'a case names what it removes').toContain(span)
      const left = gone.filter((span) => redacted.includes(span))
      const absent = markers.filter((m) => !redacted.includes(m))
      return left.length || absent.length ? [{ text, redacted, left, absent }] : []
    })
    const altered = ordinary.filter((text) => redactQuote(text) !== text)
    const all = { groupSize: ordinary.length, kQuotes: 10, seed: 's', max: 1000, maxLength: 1000 }
    const shown = selectQuotes(ordinary, all)
    expect(missed).toEqual([])
    expect(altered).toEqual([])
    expect(shown.shown && [...shown.value].sort()).toEqual([...ordinary].sort())
    expect(identifying.length).toBeGreaterThanOrEqual(60)
    expect(ordinary.length).toBeGreaterThanOrEqual(40)
    console.log(
      `redaction: ${identifying.length} identifying sentences, all redacted; ` +
        `${ordinary.length} ordinary sentences, none altered or dropped`
    )
  })
})

describe('identifyingTerm', () => {
  it.each([
    'bmi',
    'b.m.i',
    'bmwsb',
    'frau schmidt',
    'kollegin meier',
    'schmidt',
    'anna',
    'müller',
    'mueller',
    'referat z14',
    'invalidenstraße',
    'alt moabit',
    'hardthöhe',
    'stabsstelle digitalisierung',
  ])('drops the term %s', (term) => expect(identifyingTerm(term)).toBe(true))

  it.each(['vertrauen', 'kantine', 'dienstreise', 'kalter kaffee', 'gruppe', 'referat', 'lange'])(
    'keeps the term %s',
    (term) => expect(identifyingTerm(term)).toBe(false)
  )
})

describe('isPersonCue', () => {
  it('tells the words after which a name is expected', () => {
    const cues = ['frau', 'herrn', 'dr', 'kollegin', 'kollegen', 'staatssekretärin', 'ual', 'anna']
    expect(cues.filter(isPersonCue)).toEqual(cues)
    expect(['vertrauen', 'gruppe', 'referat', 'der', 'kantine'].filter(isPersonCue)).toEqual([])
  })
})

describe('seededShuffle', () => {
  const items = Array.from({ length: 20 }, (_, i) => i)

  it('returns a permutation and leaves the input alone', () => {
    const copy = [...items]
    const shuffled = seededShuffle(items, 'seed')
    expect(items).toEqual(copy)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
  })

  it('gives the same order for a seed and another for another seed', () => {
    expect(seededShuffle(items, 'seed')).toEqual(seededShuffle(items, 'seed'))
    expect(seededShuffle(items, 'seed')).not.toEqual(seededShuffle(items, 'other seed'))
  })
})

describe('selectQuotes', () => {
  const answers = Array.from({ length: 20 }, (_, i) => `Antwort Nummer ${i + 1} zum Austausch.`)
  const options = { groupSize: 20, kQuotes: 10, seed: 'demo:2025-W20:enabler' }

  it('shows no quote below k_quotes, only the note', () => {
    expect(selectQuotes(answers, { ...options, groupSize: 9 })).toEqual({
      shown: false,
      note: { reason: 'fewer-than-k', k: 10 },
    })
  })

  it('shows at most five quotes at k_quotes', () => {
    const quotes = selectQuotes(answers.slice(0, 10), { ...options, groupSize: 10 })
    expect(quotes.shown && quotes.value).toHaveLength(5)
  })

  it('never shows quotes in the order they were stored', () => {
    const quotes = selectQuotes(answers, options)
    expect(quotes.shown && quotes.value).toHaveLength(5)
    expect(quotes.shown && quotes.value).not.toEqual(answers.slice(0, 5))
    const all = selectQuotes(answers, { ...options, max: 20 })
    expect(all.shown && all.value).not.toEqual(answers)
    expect(all.shown && [...all.value].sort()).toEqual([...answers].sort())
  })

  it('keeps the order for a seed and changes it for another', () => {
    const all = { ...options, max: 20 }
    expect(selectQuotes(answers, all)).toEqual(selectQuotes(answers, all))
    expect(selectQuotes(answers, all)).not.toEqual(selectQuotes(answers, { ...all, seed: 'x' }))
  })

  it('redacts every quote and drops what is empty or nothing but markers', () => {
    const texts = ['Das BMI bremst, schreibt an a@b.de.', '', '   ', 'BMI', 'Gute Zusammenarbeit.']
    const quotes = selectQuotes(texts, { ...options, groupSize: 10 })
    expect(quotes.shown && [...quotes.value].sort()).toEqual([
      `Das ${R} bremst, schreibt an ${K}.`,
      'Gute Zusammenarbeit.',
    ])
  })

  it('shows a quote redacted where it keeps at least half its words', () => {
    const texts = ['Bei uns im Referat Z 14 fehlt die Zeit.']
    const quotes = selectQuotes(texts, { ...options, groupSize: 10 })
    expect(quotes.shown && quotes.value).toEqual(['Bei uns im [Einheit] fehlt die Zeit.'])
  })

  it('drops a quote that loses more than half its words to redaction', () => {
    const texts = [
      // 7 words, 5 of them redacted.
      'Danke an Frau Dr. Schmidt-Weber, Alt-Moabit 140!',
      // 4 words, 2 of them redacted: exactly half stays.
      'Frau Schmidt hilft uns.',
    ]
    const quotes = selectQuotes(texts, { ...options, groupSize: 10 })
    expect(quotes.shown && quotes.value).toEqual(['[Person] hilft uns.'])
  })

  it('trims a long quote at a word boundary with an ellipsis', () => {
    const long =
      'Wir brauchen mehr Zeit für den Austausch zwischen den Häusern und weniger Gremien.'
    const quotes = selectQuotes([long], { ...options, groupSize: 10, maxLength: 40 })
    const quote = quotes.shown ? quotes.value[0] : ''
    expect(quote).toBe('Wir brauchen mehr Zeit für den…')
    expect(quote.length).toBeLessThanOrEqual(40)
  })

  it('redacts before trimming, so a cut never leaves half a ministry name', () => {
    const text = 'Mit dem Bundesministerium für Arbeit und Soziales lief es gut, sehr gut sogar.'
    const quotes = selectQuotes([text], { ...options, groupSize: 10, maxLength: 30 })
    expect(quotes.shown && quotes.value).toEqual([`Mit dem ${R} lief es…`])
  })
})
