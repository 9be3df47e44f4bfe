import { describe, expect, it } from 'vitest'
import defaultJson from '../../worker/assets/codebooks/default.v1.json'
import {
  codeAnswer,
  compileCodebook,
  explainAnswer,
  loadCodebook,
  type Side,
} from '../../analysis/coding/index.ts'

const compiled = compileCodebook(loadCodebook('default.v1.json', defaultJson))

/** The theme ids of an answer under a question's side, with "-" after a negative one. */
const under = (side: Side | null, text: string) =>
  codeAnswer(compiled, text, { side }).map((t) => t.theme + (t.polarity === 'negative' ? '-' : ''))

/** A codebook of one barrier theme "overload" with the signal "zu viele Runden". */
const overload = (polarity?: 'side' | 'stated') =>
  compileCodebook(
    loadCodebook('overload', {
      version: 'overload-1',
      themes: [
        {
          id: 'overload',
          side: 'barrier',
          label: { de: 'x', en: 'x' },
          description: { de: 'x', en: 'x' },
          signals: { de: ['zu viele Runden'], en: ['too many rounds'] },
          negation: 'ignore',
          ...(polarity ? { polarity } : {}),
        },
      ],
    })
  )

describe('reading a phrase signal', () => {
  const book = overload()
  const found = (text: string) => codeAnswer(book, text).map((t) => t.theme)

  it('reads it across one word that is no stop word', () => {
    expect(found('zu viele parallele Runden')).toEqual(['overload'])
    expect(found('too many parallel rounds')).toEqual(['overload'])
    expect(found('zu viele, parallele Runden')).toEqual([])
    expect(found('zu viele und Runden')).toEqual([])
    expect(found('zu viele sehr lange Runden')).toEqual([])
  })

  it('reads its last word at the end of a German compound, not inside one', () => {
    expect(found('zu viele Abstimmungsrunden')).toEqual(['overload'])
    expect(found('zu viele Rundenzeiten')).toEqual([])
  })

  it('reads a negation between its words as negating it', () => {
    expect(under('enabler', 'Man lernt sich kennen.')).toEqual(['continuity'])
    expect(under('enabler', 'Man lernt sich nicht kennen.')).toEqual(['continuity-'])
  })

  it('leaves the word it skipped its own signal', () => {
    expect(under('enabler', 'Die gemeinsame Cloud-Infrastruktur')).toEqual([
      'implementation_exchange',
      'it_infrastructure',
    ])
  })

  it('reads "mit der Zeit" and "over time" as no talk of time', () => {
    expect(under('enabler', 'Das Ressortdenken ist mit der Zeit weniger geworden.')).toEqual([
      'silo_thinking-',
    ])
  })

  it('does not take clear shared goals for clear responsibilities', () => {
    expect(under('enabler', 'Klare gemeinsame Ziele.')).toEqual(['shared_goals'])
  })
})

describe('polarity the answer states', () => {
  it('ends a clause at a hyphen typed with spaces for a dash', () => {
    expect(under('enabler', 'Little - too many parallel meetings.')).toEqual(['meeting_overload'])
  })

  it('reads a denied fault as the enabler being there', () => {
    expect(under('barrier', 'Nobody had to fear losing face.')).toEqual(['transparency-'])
    expect(under('enabler', 'Admitting it without losing face.')).toEqual(['transparency'])
    expect(under('enabler', "Setbacks weren't hidden.")).toEqual(['transparency'])
    expect(under('enabler', 'Setbacks were hidden.')).toEqual(['transparency-'])
  })

  it('reads a resolution asked for as a wish, not as done', () => {
    expect(under('enabler', 'Zwei Runden wurden zusammengelegt.')).toEqual(['meeting_overload-'])
    expect(under(null, 'Dass Gremien zusammengelegt werden.')).toEqual(['meeting_overload'])
    expect(under('barrier', 'We did not have enough time.')).toEqual(['resources'])
  })

  it('reads a lack said later in the clause or in a one-word clause after it', () => {
    expect(under('enabler', 'Ein gemeinsames Ziel hat bis zuletzt gefehlt.')).toEqual([
      'shared_goals-',
    ])
    expect(under('enabler', 'Schulungen gab es keine.')).toEqual(['digital_skills-'])
    expect(under('enabler', 'Vertrauen? Fehlanzeige.')).toEqual(['trust-'])
    expect(under('enabler', 'Vertrauen? Ja.')).toEqual(['trust'])
  })

  it('reads an enabler said to be there as there under any question, and not there as missing', () => {
    expect(under('barrier', 'Das Vertrauen ist da, aber es fehlt die Zeit.')).toEqual([
      'trust',
      'resources',
    ])
    expect(under('barrier', 'Trust is there.')).toEqual(['trust'])
    expect(under('enabler', 'Das Vertrauen ist nicht da.')).toEqual(['trust-'])
  })

  it('reads a barrier that is no more, or was not the cause, as absent', () => {
    expect(under('enabler', 'Endlich keine Doppelstrukturen mehr.')).toEqual(['meeting_overload-'])
    expect(under('barrier', 'An der Zeit lag es diesmal nicht.')).toEqual(['resources-'])
    expect(under('barrier', 'Die Zeit lag uns im Nacken.')).toEqual(['resources'])
  })

  it('reads an enabler judged clear as there, and "never clear" before it as missing', () => {
    expect(under('barrier', 'Die Zuständigkeiten waren klar.')).toEqual(['governance'])
    expect(under('barrier', 'It was never clear who has which task.')).toEqual(['governance-'])
  })

  it('turns the side of an answer under "what helped" that only complains', () => {
    expect(under('enabler', 'Mit wechselnden Teilnehmenden lernt man sich nicht kennen.')).toEqual([
      'continuity-',
      'turnover',
    ])
    expect(under('enabler', 'Wechselnde Teilnehmende, aber man lernt sich kennen.')).toEqual([
      'continuity',
      'turnover-',
    ])
  })

  it('names a barrier whatever the side where the codebook says its polarity is stated', () => {
    const text = 'Es gab zu viele Runden.'
    const coded = (polarity?: 'side' | 'stated') =>
      codeAnswer(overload(polarity), text, { side: 'enabler' }).map((t) => t.polarity)
    expect(coded()).toEqual(['negative'])
    expect(coded('stated')).toEqual(['positive'])
    const merged = codeAnswer(overload('stated'), 'zu viele Runden wurden reduziert', {
      side: 'enabler',
    })
    expect(merged.map((t) => t.polarity)).toEqual(['negative'])
  })
})

describe('word forms that are another word', () => {
  it('does not read a present participle as the noun in "-ung" of its verb', () => {
    expect(under(null, 'Die Federführung lag beim BMI.')).toEqual(['governance'])
    expect(under(null, 'Das federführende Haus hat die Sitzungen dominiert.')).toEqual([])
    expect(under('barrier', 'Intransparente Entscheidungen des federführenden Hauses.')).toEqual([
      'transparency-',
    ])
    expect(under(null, 'Die Führung stand dahinter.')).toEqual(['leadership'])
    expect(under(null, 'Führend war das BMI.')).toEqual([])
  })

  it('reads a word as a compound only before a word part or an inflection ending', () => {
    expect(under(null, 'We know each other personally.')).toEqual(['continuity'])
    expect(under(null, 'Qualifizierte Leute.')).toEqual(['digital_skills'])
    expect(under(null, 'Eine dünne Personaldecke.')).toEqual(['resources'])
  })
})

describe('leaders named as someone other than the ones who back the group', () => {
  it('reads leaders as the audience of a leak or a report as no backing', () => {
    expect(under('barrier', 'Vertrauliches landete schnell bei der Hausleitung.')).toEqual([
      'trust-',
    ])
    expect(under('enabler', 'Nothing confidential was passed on to the leadership.')).toEqual([
      'trust',
    ])
    expect(under('enabler', 'Eine ehrliche Fehlerkultur, auch gegenüber der Leitung.')).toEqual([
      'transparency',
    ])
  })

  it('reads leaders present in the room as no backing, a leader who came as backing', () => {
    expect(under('barrier', 'Offenheit gab es nur, solange keine Leitung im Raum war.')).toEqual([
      'trust-',
    ])
    expect(under('barrier', 'Trust suffered because someone from leadership was there.')).toEqual([
      'trust-',
    ])
    expect(under('enabler', 'Dass der Abteilungsleiter selbst einmal dabei war.')).toEqual([
      'leadership',
    ])
  })

  it("reads leaders' own skills as digital skills, not backing", () => {
    expect(under('enabler', 'Führungskräfte, die digitale Kompetenzen mitbringen.')).toEqual([
      'digital_skills',
    ])
    expect(under('enabler', 'Leaders with a digital mindset.')).toEqual(['digital_skills'])
  })

  it("reads leaders' priorities as backing, not as goals the group shares", () => {
    expect(under('barrier', 'Die Hausleitung hat andere Prioritäten.')).toEqual(['leadership-'])
    expect(under('enabler', 'The state secretary made it a top priority.')).toEqual(['leadership'])
    expect(under('enabler', 'Unsere Prioritäten waren klar.')).toEqual(['shared_goals'])
  })

  it('keeps leaders who back the group, and a backing word beside a bystander', () => {
    expect(under('enabler', 'Die Hausleitung stand hinter uns.')).toEqual(['leadership'])
    expect(under('enabler', 'Rückendeckung, auch wenn die Leitung nicht im Raum war.')).toEqual([
      'leadership',
    ])
  })
})

describe('"offen" and "open" in another sense than trust', () => {
  it('reads openness about problems as honesty about them, not as trust', () => {
    expect(under('enabler', 'Ein offener Umgang mit Rückschlägen.')).toEqual(['transparency'])
    expect(under('enabler', 'The willingness to openly name weaknesses.')).toEqual(['transparency'])
  })

  it('keeps trust where a setting, a protection or a lack of openness is named', () => {
    expect(
      under('enabler', 'Ein Ort, an dem man offen über Schwierigkeiten sprechen kann.')
    ).toEqual(['trust', 'transparency'])
    expect(under('barrier', 'Es wurde wenig offen über Probleme gesprochen.')).toEqual([
      'trust-',
      'transparency-',
    ])
    expect(under('enabler', 'Die Atmosphäre war sehr offen.')).toEqual(['trust'])
  })

  it('reads a question left open as undecided, not as trust', () => {
    expect(under('barrier', 'Es blieb offen, wer die Ergebnisse weiterträgt.')).toEqual([])
  })
})

describe('tools named as what skills are about', () => {
  it('reads training on tools, or not knowing how to use them, as digital skills only', () => {
    expect(
      under('barrier', 'No training on the tools, so half the group cannot use them.')
    ).toEqual(['digital_skills-'])
    expect(under('enabler', 'Die Schulung zu agilen Methoden und digitalen Werkzeugen.')).toEqual([
      'digital_skills',
    ])
    expect(
      under('barrier', 'Viele wissen nicht, wie man mit kollaborativen Tools arbeitet.')
    ).toEqual([])
  })

  it('keeps tools that are talked of as tools', () => {
    expect(under('barrier', 'Die Tools der Häuser passen nicht zusammen.')).toEqual([
      'it_infrastructure-',
    ])
    expect(under('barrier', 'Wir wissen nicht, welche Tools erlaubt sind.')).toEqual([
      'it_infrastructure-',
    ])
  })

  it('reads "mit etwas vertraut" as familiar with it, not as trust', () => {
    expect(under('barrier', 'Viele sind mit Kollaborationstools nicht vertraut.')).toEqual([])
    expect(under('enabler', 'Man vertraut sich.')).toEqual(['trust'])
  })
})

describe('a loose phrase signal ("…" between its words)', () => {
  const book = compileCodebook(
    loadCodebook('loose', {
      version: 'loose-1',
      themes: [
        {
          id: 'turnover',
          side: 'barrier',
          label: { de: 'x', en: 'x' },
          description: { de: 'x', en: 'x' },
          signals: { de: ['Leute … wechsel'], en: ['contact … change'] },
        },
        {
          id: 'it',
          side: 'enabler',
          label: { de: 'x', en: 'x' },
          description: { de: 'x', en: 'x' },
          signals: { de: ['IT'], en: ['IT security'] },
        },
      ],
    })
  )
  const found = (text: string) => codeAnswer(book, text).map((t) => t.theme)

  it('reads its words in order anywhere in one clause, later words as word beginnings', () => {
    expect(found('Die Leute aus den Häusern wechseln ständig.')).toEqual(['turnover'])
    expect(found('My contact at the ministry changed three times.')).toEqual(['turnover'])
    expect(found('Die Leute blieben, aber wir wechseln den Raum.')).toEqual([])
    expect(found('Wechsel gab es, die Leute blieben.')).toEqual([])
  })

  it('leaves the words between their own signals and names its words in the explanation', () => {
    expect(found('My contact from IT security changed.')).toEqual(['turnover', 'it'])
    expect(explainAnswer(book, 'My contact from the ministry changed.')[0].signals).toEqual([
      'contact … changed',
    ])
  })

  it('reads a negation between its words as negating it', () => {
    expect(codeAnswer(book, 'My contact never changed.', { lang: 'en' })).toEqual([
      { theme: 'turnover', polarity: 'negative' },
    ])
  })
})

describe('explaining a coding', () => {
  it('names a signal found in both languages once', () => {
    expect(explainAnswer(compiled, 'We know each other.')[0].signals).toEqual(['know each other'])
  })
})
