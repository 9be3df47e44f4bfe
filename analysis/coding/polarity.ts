// Polarity from the answer itself: whether a theme's statement holds ("positive") or the answer
// says it is missing or resolved ("negative"), see test/coding/README.md.
import type { Polarity } from './code.ts'
import { isNegated, isNegator, negatesFollowing } from './negation.ts'
import type { Side } from './schema.ts'

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

// An enabler that is there but judged bad: "unklare Zuständigkeiten", "veraltete Technik".
const FAULT = words(`
  unklar unklare unklaren unklarer unklares ungeklaert ungeklaerte ungeklaerten ungeklaerter
  veraltet veraltete veralteten veralteter veraltetes schlecht schlechte schlechten schlechter
  schlechtes mangelhaft mangelhafte mangelhaften unzureichend unzureichende unzureichenden
  parteiisch parteiische inkompatibel instabil katastrophe katastrophal chaotisch chaos
  versionschaos diffus diffuse vage holprig haperte hapert misstrauen zurueckhaltend
  ueberfordert ueberfordern schoengeredet schoenreden geschoent intransparenz intransparent
  medienbruch medienbrueche virtuell virtuelle virtuellen zielkonflikt zielkonflikte
  wissensluecken langsam verlieren verloren gesichtsverlust pranger weitergeleitet weitergetragen
  bestraft sanktioniert hindernis versteckt vorsichtig sueppchen workaround verschwiegen kaschiert
  belauert einseitig kleingeredet goldwaage vertuscht unausgesprochen
  gebremst bremst
  mess glossed polished sugarcoated intransparency slow conflicting gaps losing lose lost blame punished
  obstacle hindrance workaround hidden quiet sided pretends pretend
  unclear outdated poor bad broken insufficient inadequate unreliable biased disaster weak
  vague messy chaotic incompatible obsolete patchy distrust mistrust clunky terrible awful
`)
// An enabler that is there and judged good, outweighing the question's side.
const MERIT = words(`
  gut gute guten gutes super top toll prima hervorragend hilfreich funktioniert funktionierte
  vorhanden gegeben stimmt stimmte passt passte klappt klappte klar klare klaren dahinter
  reibungslos stabil ja clear yes
  great good fine excellent helpful worked smoothly
`)
// A barrier that is gone: "Zeit war kein Problem", "zwei Runden wurden zusammengelegt".
const RESOLVED = words(`
  genug ausreichend ausreichende eingeplant freigestellt freistellung entlastet entlastung
  zusammengelegt gestrichen abgeschafft gebuendelt reduziert stabil halbiert zusammenlegung
  aufgeloest zusammengefuehrt streichung bekomme bekommen bekam eingeraeumt
  enough sufficient planned merged scrapped abolished reduced stable halved combined
  dissolved
`)
// Asked for rather than done: "dass Gremien zusammengelegt werden", "should be merged".
const WISHED = words('werden sollten sollen muessten muessen sollte should must would could')
const FEWER = words('weniger fewer less')
const LACKING = words('fehlt fehlte fehlten fehlen mangelt mangelte lacked lacking lack lacks')
// Denials after an enabler: "das Vertrauen ist nicht da".
const DENIALS = words('nicht not nie')

// Said after an enabler to the end of its clause: "ein gemeinsames Ziel hat bis zuletzt gefehlt".
const LACKS = words('fehlt fehlte fehlten fehlen gefehlt mangelware missing lacking lacked scarce')
const lackedAfter = (after: string[]) =>
  after.some((w) => LACKS.has(w)) || (after.length > 1 && /^(keine|none)$/.test(after.at(-1)!))

// Said to be there right after it: "Das Vertrauen ist da", "trust is there".
const BE = words('ist war sind waren is was are were')
const THERE = words('da there')
const isThere = (after: string[]) => BE.has(after[0]) && THERE.has(after[1])

// A clause of one word after the mention's: "Vertrauen? Fehlanzeige.", "Trust? None."
const LONE_DENIALS = words('fehlanzeige none nada nix keins')
function deniedNext({ words, clauses }: Words, end: number) {
  const next = clauses[end]
  if (end >= words.length || next === clauses[end - 1]) return false
  return clauses[end + 1] !== next && LONE_DENIALS.has(words[end].folded)
}

const flipped = (word: string, before: boolean) =>
  FAULT.has(word) ? 'gut' : before && MERIT.has(word) ? 'schlecht' : word

/** Whether a negation stands right before the word at `at`, in its clause. */
function deniedAt(words: { folded: string }[], clauses: number[], at: number) {
  for (let i = Math.max(0, at - 2); i < at; i++)
    if (clauses[i] === clauses[at] && isNegator(words[i].folded)) return true
  return false
}

/**
 * Whether the resolution word at `at` says the barrier is gone: not negated ("nicht genug",
 * "did not have enough") and not a wish ("zusammengelegt werden").
 */
function resolves(words: { folded: string }[], clauses: number[], at: number) {
  if (deniedAt(words, clauses, at)) return false
  const next = words[at + 1]
  return !(next && clauses[at + 1] === clauses[at] && WISHED.has(next.folded))
}
// "kein Problem", "no problem", "not an issue": the barrier named before it did not arise.
const PROBLEM = words('problem probleme thema rolle hindernis issue problem obstacle')
// Answers that open or close on "nothing" or "little": what follows speaks against the question
// ("Wenig, wir hatten keine Zeit" under "what helped" is a complaint).
const NOTHING = words('nichts nix wenig nothing little')
const FILLER = words(`
  eigentlich leider ehrlich gesagt da war von daher also so bisher noch wirklich gar
  really sadly honestly to be honest not much a lot there was so far actually well
`)
// Little of it: "wenig Vertrauen", "das Ressortdenken war kaum zu spüren".
const SCARCE = words('wenig kaum little hardly')
const SUBORDINATE = words('dass ob wenn weil what that whether which who when because if')
const NOT_MUCH = ['not much', 'not a lot', 'nicht viel', 'kaum etwas']

interface Words {
  words: { folded: string }[]
  clauses: number[]
}

/**
 * The side an answer speaks to: its question's, or the other when a clause of it says only
 * "nothing" or "little" ("Eigentlich nichts, die Moderation war top" under "what hindered").
 */
export function answerSide(text: Words, side: Side | null | undefined): Side | null {
  if (!side) return null
  const clauses = new Map<number, string[]>()
  text.words.forEach((w, i) => {
    const list = clauses.get(text.clauses[i]) ?? []
    list.push(w.folded)
    clauses.set(text.clauses[i], list)
  })
  const nothing = [...clauses.values()].some((clause) => {
    const joined = clause.join(' ')
    const said = clause.filter((w) => !FILLER.has(w))
    return (
      clause.length <= 5 &&
      (NOT_MUCH.some((p) => joined.includes(p)) ||
        (said.length === 1 && NOTHING.has(said[0])) ||
        (said.length === 0 && clause.some((w) => NOTHING.has(w))))
    )
  })
  if (!nothing) return side
  return side === 'enabler' ? 'barrier' : 'enabler'
}

/**
 * What the answer itself says about one mention of a theme on the words `start` to `end`, or
 * null when it says nothing beyond naming it. For an enabler: negated or judged bad
 * (`FAULT`) is negative, judged good (`MERIT`) positive. For a barrier: resolved is negative,
 * and negated is negative only when the codebook keeps negations apart (`negation: 'separate'`:
 * "kein Ressortdenken"); otherwise a negation says no more than the side ("keine Zeit" is the
 * shortage under "what hindered", "nicht neben dem Tagesgeschäft" its absence under "what helped").
 */
export function mentionPolarity(
  text: Words,
  start: number,
  end: number,
  theme: { side: Side; negation: 'separate' | 'ignore' },
  negatedWithin = false
): Polarity | null {
  const { words, clauses } = text
  const near: string[] = []
  const own: string[] = []
  for (let i = Math.max(0, start - 3); i < Math.min(words.length, end + 6); i++) {
    if (clauses[i] !== clauses[start]) continue
    const word = words[i].folded
    if (RESOLVED.has(word) && !resolves(words, clauses, i)) continue
    if (i >= start && i < end) own.push(word)
    // "Fehler werden nicht bestraft" counts as praise, "nie klar, wer …" before it as a fault.
    else near.push(deniedAt(words, clauses, i) ? flipped(word, i < start) : word)
  }
  // The rest of the clause up to a subordinate one: "ehrlich darüber, was nicht läuft" does not
  // negate honesty.
  const after: string[] = []
  for (let i = end; i < Math.min(words.length, end + 6); i++) {
    if (clauses[i] !== clauses[end - 1] || SUBORDINATE.has(words[i].folded)) break
    after.push(words[i].folded)
  }
  const before: string[] = []
  for (let i = Math.max(0, start - 3); i < start; i++)
    if (clauses[i] === clauses[start]) before.push(words[i].folded)
  const separate = theme.negation === 'separate'
  const scarce = separate && (before.some((w) => SCARCE.has(w)) || after.some((w) => SCARCE.has(w)))
  const negated =
    separate &&
    (scarce || negatedWithin || isNegated(words, clauses, start, end) || deniedNext(text, end))
  if (theme.side === 'enabler') {
    // "ohne das Gesicht zu verlieren", "no distrust": a fault denied is the enabler there.
    if (negated && own.some((w) => FAULT.has(w))) return 'positive'
    if (negated || near.some((w) => FAULT.has(w)) || own.some((w) => FAULT.has(w)))
      return 'negative'
    // "nicht bestraft" denies a fault, "nicht nur" affirms.
    const denial = after.findIndex((w, k) => DENIALS.has(w) && negatesFollowing(w, after[k + 1]))
    if (separate && denial >= 0 && !FAULT.has(after[denial + 1] ?? '')) return 'negative'
    if (separate && lackedAfter(after)) return 'negative'
    if (near.some((w) => MERIT.has(w)) || isThere(after)) return 'positive'
    return null
  }
  const noProblem =
    after.some(
      (w, k) =>
        (w === 'kein' || w === 'keine' || w === 'no' || w === 'not') &&
        after.slice(k + 1, k + 3).some((x) => PROBLEM.has(x))
    ) ||
    // "An der Zeit lag es nicht", "keine Doppelstrukturen mehr", "no more silos"
    (after.includes('lag') && after.slice(after.indexOf('lag')).includes('nicht')) ||
    (before.some(isNegator) && (after.slice(0, 2).includes('mehr') || before.includes('more')))
  // "uns fehlte die Zeit" names the shortage, whatever the question asked.
  if (!separate && [...near, ...own].some((w) => LACKING.has(w))) return 'positive'
  if (noProblem || near.some((w) => RESOLVED.has(w)) || own.some((w) => RESOLVED.has(w)))
    return 'negative'
  // "weniger Gremien", "fewer committees": the overload named as one to cut, so it is there.
  if (!separate && [...before.slice(-2), own[0]].some((w) => FEWER.has(w))) return 'positive'
  if (negated) return 'negative'
  return null
}

/** The polarity a mention takes from the side its answer speaks to, when it says no more. */
export const sidePolarity = (themeSide: Side, side: Side | null): Polarity =>
  side === null || side === themeSide ? 'positive' : 'negative'
