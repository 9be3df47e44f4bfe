import { describe, expect, it } from 'vitest'
import defaultJson from '../../worker/assets/codebooks/default.v1.json'
import {
  codeAnswer,
  compileCodebook,
  emergingTerms,
  loadCodebook,
  type Lang,
} from '../../analysis/coding/index.ts'

const codebook = loadCodebook('default.v1.json', defaultJson)
const compiled = compileCodebook(codebook)
const clone = () => structuredClone(defaultJson) as any

/** The theme ids of an answer, with "-" after a negated one. */
const code = (text: string, lang?: Lang) =>
  codeAnswer(compiled, text, { lang }).map((t) => t.theme + (t.polarity === 'negative' ? '-' : ''))

/** A small codebook of one theme per entry, for rules the default codebook does not show. */
function tiny(themes: Record<string, { de?: string[]; en?: string[]; negation?: string }>) {
  const json = {
    version: 'tiny-1',
    themes: Object.entries(themes).map(([id, t]) => ({
      id,
      side: 'enabler',
      label: { de: id, en: id },
      description: { de: id, en: id },
      signals: { de: t.de ?? [], en: t.en ?? [] },
      ...(t.negation ? { negation: t.negation } : {}),
    })),
  }
  return compileCodebook(loadCodebook('tiny', json))
}

describe('loading a codebook', () => {
  it('accepts the shipped default codebook with exactly the fourteen themes', () => {
    expect(codebook.version).toBe('default-1')
    expect(codebook.themes.map((t) => t.id).sort()).toEqual([
      'continuity',
      'digital_skills',
      'facilitation',
      'governance',
      'implementation_exchange',
      'it_infrastructure',
      'leadership',
      'meeting_overload',
      'resources',
      'shared_goals',
      'silo_thinking',
      'transparency',
      'trust',
      'turnover',
    ])
  })

  it('puts time and staff, silo thinking, turnover and too many meetings on the barrier side', () => {
    const barriers = codebook.themes.filter((t) => t.side === 'barrier').map((t) => t.id)
    expect(barriers.sort()).toEqual(['meeting_overload', 'resources', 'silo_thinking', 'turnover'])
  })

  it('gives every theme labels, descriptions and signals in both languages', () => {
    for (const t of codebook.themes) {
      expect(t.label.de && t.label.en && t.description.de && t.description.en).toBeTruthy()
      expect(t.signals.de.length, t.id).toBeGreaterThan(5)
      expect(t.signals.en.length, t.id).toBeGreaterThan(5)
    }
  })

  it('refuses an invalid codebook naming the source and every bad field', () => {
    const bad = clone()
    bad.themes[0].side = 'helper'
    delete bad.themes[1].signals
    bad.themes[2].label.en = ''
    bad.themes[3].signals.de.push(' – ')
    expect(() => loadCodebook('codebooks/broken.json', bad)).toThrowError(
      /^codebooks\/broken\.json: not a valid codebook\n(.|\n)*themes\.0\.side(.|\n)*themes\.1\.signals(.|\n)*themes\.2\.label\.en(.|\n)*themes\.3\.signals\.de\.\d+: a signal needs at least one letter/
    )
  })

  it('refuses duplicate theme ids and unknown properties', () => {
    const dup = clone()
    dup.themes[5].id = 'trust'
    expect(() => loadCodebook('dup.json', dup)).toThrowError(
      /dup\.json(.|\n)*themes\.5\.id: duplicate theme id "trust"/
    )
    const extra = clone()
    extra.themes[0].weight = 2
    expect(() => loadCodebook('extra.json', extra)).toThrowError(/extra\.json(.|\n)*themes\.0/)
  })

  it('keeps negations apart unless a theme says to ignore them', () => {
    const byId = new Map(codebook.themes.map((t) => [t.id, t.negation]))
    expect(byId.get('trust')).toBe('separate')
    expect(byId.get('resources')).toBe('ignore')
  })
})

describe('coding an answer', () => {
  it.each([
    ['Es herrscht großes Vertrauen in der Gruppe.', 'trust'],
    ['Ehrlichkeit und Transparenz sind zentral.', 'transparency'],
    ['Das persönliche Kennenlernen vor Ort hat geholfen.', 'continuity'],
    ['Die neutrale Moderation war hilfreich.', 'facilitation'],
    ['Wir brauchen ein gemeinsames Zielbild.', 'shared_goals'],
    ['Wir können voneinander lernen, wie andere Häuser das angehen.', 'implementation_exchange'],
    ['Die Hausleitung steht dahinter.', 'leadership'],
    ['Das Tagesgeschäft frisst alles auf.', 'resources'],
    ['Jedes Haus denkt nur an seinen Zuständigkeitsbereich.', 'silo_thinking'],
    ['Ständig wechselnde Teilnehmende.', 'turnover'],
    ['Unsere IT-Infrastruktur ist veraltet.', 'it_infrastructure-'],
    ['Mehr Schulungen bitte.', 'digital_skills'],
    ['Wer hat welche Zuständigkeiten?', 'governance'],
    ['Es gibt zu viele Gremien.', 'meeting_overload'],
  ])('codes the German answer "%s" as %s', (text, theme) => {
    expect(code(text)).toEqual([theme])
  })

  it.each([
    ['There is a lot of trust in the group.', 'trust'],
    ['Honesty matters most.', 'transparency'],
    ['Meeting in person helped a lot.', 'continuity'],
    ['The independent facilitator kept us on track.', 'facilitation'],
    ['We need a common understanding of the problem.', 'shared_goals'],
    ['We learn from each other about implementation.', 'implementation_exchange'],
    ['Strong leadership makes the difference.', 'leadership'],
    ['The workload is too high.', 'resources'],
    ['Silo thinking dominates.', 'silo_thinking'],
    ['Every time they send a deputy.', 'turnover'],
    ['Our IT infrastructure is outdated.', 'it_infrastructure-'],
    ['We need training in digital skills.', 'digital_skills'],
    ['Decision-making is unclear.', 'governance-'],
    ['There are too many committees.', 'meeting_overload'],
  ])('codes the English answer "%s" as %s', (text, theme) => {
    expect(code(text)).toEqual([theme])
  })

  it('codes every signal of the default codebook alone as its own theme and no other', () => {
    const strays: string[] = []
    for (const theme of codebook.themes)
      for (const signal of [...theme.signals.de, ...theme.signals.en]) {
        const got = codeAnswer(compiled, signal).map((t) => t.theme)
        if (got.join() !== theme.id) strays.push(`${signal} (${theme.id}): ${got.join()}`)
      }
    expect(strays).toEqual([])
  })

  it('recognises inflected forms', () => {
    for (const word of ['vertrauensvoll', 'vertraut', 'des Vertrauens', 'trusted', 'trusting'])
      expect(code(word), word).toEqual(['trust'])
    expect(code('Die Moderatorin moderierte')).toEqual(['facilitation'])
    expect(code('synergies')).toEqual(['implementation_exchange'])
  })

  it('finds signals inside German compounds', () => {
    expect(code('Vertrauensbasis')).toEqual(['trust'])
    expect(code('Führungsebene')).toEqual(['leadership'])
    expect(code('Ressourcenknappheit')).toEqual(['resources'])
    expect(code('Zeitmangel')).toEqual(['resources'])
    expect(code('bei den Hausleitungen')).toEqual(['leadership'])
    expect(code('Hausleitungsebene')).toEqual(['leadership'])
    expect(code('Moderationsteam')).toEqual(['facilitation'])
    expect(code('Koordinationsaufwand')).toEqual(['resources'])
  })

  it('does not take verbs made nouns, short stems or lexical lookalikes for compounds', () => {
    for (const text of [
      'Durchführung und Einführung',
      'Einleitung, Weiterleitung',
      'offensichtlich',
      'Ansprechpersonen',
      'eine zeitgemäße Zeitung',
      'Handlungsfähigkeit',
    ])
      expect(code(text), text).toEqual([])
    const formats = tiny({ formats: { de: ['Format'] } })
    expect(codeAnswer(formats, 'Austauschformate').map((t) => t.theme)).toEqual(['formats'])
    expect(codeAnswer(formats, 'Transformationsprozesse')).toEqual([])
  })

  it("lets a codebook's own compound win over the signals inside it", () => {
    expect(code('Zuständigkeitsbereich')).toEqual(['silo_thinking'])
    expect(code('Gesprächsführung')).toEqual(['facilitation'])
  })

  it('reads umlaut spellings alike', () => {
    const pairs = [
      ['Führungsebene', 'Fuehrungsebene'],
      ['Rückhalt', 'Rueckhalt'],
      ['regelmäßig', 'regelmaessig'],
      ['Überlastung', 'Ueberlastung'],
      ['Zuständigkeiten', 'Zustaendigkeiten'],
    ]
    for (const [umlaut, spelt] of pairs) {
      expect(code(spelt), spelt).toEqual(code(umlaut))
      expect(code(spelt), spelt).toHaveLength(1)
    }
    expect(code('Ru\u0308ckhalt'), 'u with a combining diaeresis').toEqual(['leadership'])
    const measures = tiny({ measures: { de: ['Massnahme'] }, size: { de: ['Größe'] } })
    expect(codeAnswer(measures, 'Maßnahmen').map((t) => t.theme)).toEqual(['measures'])
    expect(codeAnswer(measures, 'GROESSE').map((t) => t.theme)).toEqual(['size'])
  })

  it('ignores case and punctuation', () => {
    expect(code('VERTRAUEN!!!')).toEqual(['trust'])
    expect(code('„Transparenz“')).toEqual(['transparency'])
    expect(code('vertrauen,transparenz')).toEqual(['trust', 'transparency'])
    expect(code('(Chatham-House-Regel)')).toEqual(['trust'])
    expect(code('TRUST...')).toEqual(['trust'])
  })

  it('codes several themes in one answer, each once, in the order of the codebook', () => {
    expect(
      code('Rückhalt der Leitung, eine neutrale Moderation und Vertrauen, Vertrauen!')
    ).toEqual(['trust', 'facilitation', 'leadership'])
    expect(code('Too many committees, and trust, and more trust')).toEqual([
      'trust',
      'meeting_overload',
    ])
  })

  it('keeps a negated mention apart in German', () => {
    expect(code('Kein Vertrauen')).toEqual(['trust-'])
    expect(code('Es gibt nicht genug Rückhalt')).toEqual(['leadership-'])
    expect(code('ohne Mandat')).toEqual(['leadership-'])
    expect(code('Das Vertrauen fehlt')).toEqual(['trust-'])
    expect(code('fehlende Transparenz, aber gute Moderation')).toEqual([
      'transparency-',
      'facilitation',
    ])
  })

  it('keeps a negated mention apart in English', () => {
    expect(code('no backing from leadership')).toEqual(['leadership-'])
    expect(code("We don't trust each other")).toEqual(['trust-'])
    expect(code('We don’t trust each other')).toEqual(['trust-'])
    expect(code('without a mandate')).toEqual(['leadership-'])
    expect(code('lack of transparency')).toEqual(['transparency-'])
  })

  it('lets a negation reach three words back within the clause, and not "nicht nur"', () => {
    expect(code('Keine der Runden hatte bisher echtes Vertrauen')).toEqual(['trust'])
    expect(code('Nicht schlecht, das Vertrauen wächst')).toEqual(['trust'])
    expect(code('nicht nur Vertrauen, sondern auch Ehrlichkeit')).toEqual(['trust', 'transparency'])
    expect(code('not only trust')).toEqual(['trust'])
    expect(code('Kein Vertrauen in die Leitung')).toEqual(['trust-', 'leadership'])
  })

  it('counts a negated mention as positive where the codebook ignores negation', () => {
    expect(code('Keine Zeit für so etwas')).toEqual(['resources'])
    expect(code('Nicht noch ein Gremium!')).toEqual(['meeting_overload'])
    const ignoring = tiny({ trust: { de: ['Vertrauen'], negation: 'ignore' } })
    expect(codeAnswer(ignoring, 'kein Vertrauen')).toEqual([
      { theme: 'trust', polarity: 'positive' },
    ])
  })

  it('reads an answer in one language only when asked', () => {
    expect(code('Vertrauen', 'en')).toEqual([])
    expect(code('Vertrauen', 'de')).toEqual(['trust'])
    expect(code('trust', 'de')).toEqual([])
    expect(code('trust', 'en')).toEqual(['trust'])
    expect(code('Vertrauensbasis', 'en')).toEqual([])
  })

  it('keeps words spelt alike in both languages apart', () => {
    expect(code('personal contact')).toEqual(['continuity'])
    expect(code('Zu wenig Personal')).toEqual(['resources'])
    expect(code('the federal government')).toEqual([])
    expect(code('Die IT ist schnell, it works')).toEqual([])
  })

  it('finds no theme in unrelated text', () => {
    for (const text of [
      'Das Wetter war schön und das Essen lecker.',
      'The weather was nice and lunch was good.',
      'rund 100 Leute am runden Tisch',
      '',
      '12345 ?!',
    ])
      expect(code(text), text).toEqual([])
  })
})

describe('polarity from the answer', () => {
  const under = (side: 'enabler' | 'barrier' | null, text: string) =>
    codeAnswer(compiled, text, { side }).map(
      (t) => t.theme + (t.polarity === 'negative' ? '-' : '')
    )

  it('reads a complaint under "what helped" as a complaint', () => {
    expect(under('enabler', 'Unklare Zuständigkeiten zwischen den Ressorts')).toEqual([
      'governance-',
    ])
    expect(under('enabler', 'Veraltete Technik')).toEqual(['it_infrastructure-'])
    expect(under('enabler', 'The moderation was biased.')).toEqual(['facilitation-'])
  })

  it('reads an enabler named under "what hindered" as missing, unless praised', () => {
    expect(under('barrier', 'Vertrauen')).toEqual(['trust-'])
    expect(under('barrier', 'Vertrauen war gut, aber die Zeit fehlte')).toEqual([
      'trust',
      'resources',
    ])
    expect(under(null, 'Vertrauen')).toEqual(['trust'])
  })

  it('turns the side round where the answer says "nothing" or "little"', () => {
    expect(under('barrier', 'Eigentlich nichts, die Moderation war top.')).toEqual(['facilitation'])
    expect(under('enabler', 'Leider wenig – wir hatten schlicht keine Zeit.')).toEqual([
      'resources',
    ])
    expect(under('enabler', 'Not much, too many committees.')).toEqual(['meeting_overload'])
  })

  it('reads a barrier as absent where the answer resolves it', () => {
    expect(under('barrier', 'Zeit war diesmal kein Problem.')).toEqual(['resources-'])
    expect(under('barrier', "Capacity wasn't an issue this round.")).toEqual(['resources-'])
    expect(under('enabler', 'Dass ich dafür freigestellt wurde.')).toEqual(['resources-'])
    expect(under('barrier', 'Not enough staff.')).toEqual(['resources'])
    expect(under('barrier', 'Das Ressortdenken war kaum zu spüren.')).toEqual(['silo_thinking-'])
    expect(under('barrier', 'Surprisingly little silo thinking.')).toEqual(['silo_thinking-'])
  })

  it('lets the side speak where a negation of a barrier says no more ("keine Zeit")', () => {
    expect(under('barrier', 'Keine Zeit.')).toEqual(['resources'])
    expect(under('enabler', 'Dass es nicht neben dem Tagesgeschäft lief.')).toEqual(['resources-'])
  })

  it('stops a trailing "nicht" at a subordinate clause', () => {
    expect(under('enabler', 'People were honest about what is not working.')).toEqual([
      'transparency',
    ])
    expect(under('enabler', 'Die Technik jedenfalls nicht.')).toEqual(['it_infrastructure-'])
  })
})

describe('reading words as the codebook means them', () => {
  it('reads a long word with one typo as the signal word', () => {
    expect(code('Zustädigkeiten')).toEqual(['governance'])
    expect(code('The facilitaton was excellent.')).toEqual(['facilitation'])
    expect(code('Moderatoin')).toEqual(['facilitation'])
  })

  it('does not guess at short words or at two typos', () => {
    expect(code('Grmium')).toEqual([])
    expect(code('Zustädigkeitn')).toEqual([])
  })

  it('does not read an English word for a signal that merely shares its stem', () => {
    expect(code('We will continue.')).toEqual([])
    expect(code('A quick response.')).toEqual([])
    expect(code('continuous meetings')).toEqual(['continuity'])
    expect(code('an open door')).toEqual([])
  })

  it('reads set phrases as no signal', () => {
    expect(code('Ehrlich gesagt weiß ich es nicht.')).toEqual([])
    expect(code('Zur Zeit nichts.')).toEqual([])
  })

  it('lets a four-letter German signal stand only as a word or the end of one', () => {
    expect(code('Zeit')).toEqual(['resources'])
    expect(code('Zeitplan')).toEqual([])
  })
})

describe('emerging terms', () => {
  it('leaves out stop words and the words that a theme covers', () => {
    const texts = [
      'Die Kantine und das Vertrauen',
      'Kantine, Vertrauen, und die Kantine',
      'in der Kantine',
    ]
    expect(emergingTerms(compiled, texts, { minCount: 1 })).toEqual([{ term: 'kantine', count: 3 }])
  })

  it('counts a term once per text', () => {
    const texts = ['Homeoffice, Homeoffice, Homeoffice', 'Homeoffice', 'Kantine']
    expect(emergingTerms(compiled, texts, { minCount: 1 })).toEqual([
      { term: 'homeoffice', count: 2 },
      { term: 'kantine', count: 1 },
    ])
  })

  it('ranks by count, then alphabetically, above the minimum count and up to the limit', () => {
    const texts = [
      'Kantine, Dienstreise, Aktenberg, Parkplatz',
      'Kantine, Dienstreise, Aktenberg, Parkplatz',
      'Kantine, Dienstreise, Aktenberg',
      'Kantine',
    ]
    expect(emergingTerms(compiled, texts)).toEqual([
      { term: 'kantine', count: 4 },
      { term: 'aktenberg', count: 3 },
      { term: 'dienstreise', count: 3 },
    ])
    expect(emergingTerms(compiled, texts, { limit: 2, minCount: 2 })).toEqual([
      { term: 'kantine', count: 4 },
      { term: 'aktenberg', count: 3 },
    ])
  })

  it('counts inflected forms and umlaut spellings as one term in its most frequent form', () => {
    const texts = [
      'Dienstreisen',
      'die Dienstreisen',
      'eine Dienstreise',
      'Bürokratie',
      'Buerokratie',
      'Bürokratie!',
    ]
    expect(emergingTerms(compiled, texts)).toEqual([
      { term: 'bürokratie', count: 3 },
      { term: 'dienstreisen', count: 3 },
    ])
  })

  it('finds two-word phrases within a clause', () => {
    const texts = [
      'kalter Kaffee',
      'Immer kalter Kaffee.',
      'kalter Kaffee, leider',
      'kalter. Kaffee',
    ]
    expect(emergingTerms(compiled, texts)).toEqual([
      { term: 'kaffee', count: 4 },
      { term: 'kalter', count: 4 },
      { term: 'kalter kaffee', count: 3 },
    ])
  })
})
