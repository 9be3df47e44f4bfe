import type { CompiledCodebook, CompiledTheme } from './compile.ts'
import { analyse, findMatches, type AnalysedText, type Match } from './match.ts'
import { uncoveredTerms } from './emerging.ts'
import { FAMILIAR, OPEN, ROLE, TOOL } from './marks.ts'
import { answerSide, mentionPolarity, sidePolarity } from './polarity.ts'
import { withoutBystanders } from './roles.ts'
import { withoutOtherSenses } from './senses.ts'
import { withoutSkilledTools } from './skills.ts'
import type { Lang, Side } from './schema.ts'

export type Polarity = 'positive' | 'negative'

/**
 * Raise when the coder reads answers differently (its rules or the shipped codebook's signals):
 * it is part of a tally's basis, so one tally never mixes codings of two coders.
 * 2: polarity from the answer and its question's side, typo tolerance, English stems checked
 * against the signal's spelling, more signals in `default-1`.
 * 3: phrases across one word or a negation and into compounds, a longer phrase over a shorter,
 * denied faults, wishes, complaints under "what helped", a theme's `polarity: 'stated'`;
 * `default-1` with more signals and meeting overload's polarity stated.
 * 4: a present participle is not the noun in "-ung" of its verb ("federführend"); leaders named
 * as the audience of a leak, as present in the room or as holders of skills are no backing,
 * tools named as what skills are about no IT, "offen" about problems no trust; "ist da" is
 * there; a compound's opening needs 3 letters or an inflection after it ("personally"); signals
 * whose words stand apart in a clause ("Ansprechpartner … gewechselt").
 */
export const CODER_VERSION = 4

/** A theme an answer mentions; `negative` when the answer says it is missing or resolved. */
export interface CodedTheme {
  theme: string
  polarity: Polarity
}

/** Where an answer comes from: the language to read it in, the side its question asks about. */
export interface AnswerContext {
  lang?: Lang
  side?: Side | null
}

/**
 * The themes of one free-text answer, each once, in the codebook's order. Without `lang`
 * the answer is read as German and as English at once; with it, in that language only.
 * A theme's polarity is what the answer says of it (`mentionPolarity`: negated, judged,
 * resolved), or else what the side it speaks to implies (`answerSide`): an enabler named
 * under "what hindered" is missing, a barrier named under "what helped" is overcome.
 */
export function codeAnswer(
  compiled: CompiledCodebook,
  text: string,
  context: AnswerContext = {}
): CodedTheme[] {
  const analysed = analyse(compiled, text)
  return themesOf(compiled, analysed, findMatches(compiled, analysed, context.lang), context.side)
}

/** The themes of an analysed answer from its matches (`codeAnswer` without the reading). */
export function themesOf(
  compiled: CompiledCodebook,
  analysed: AnalysedText,
  matches: Match[],
  side?: Side | null
): CodedTheme[] {
  const said = new Map<number, Polarity | null>()
  for (const { theme, start, end, negatedWithin } of readMatches(analysed, matches)) {
    if (said.get(theme)) continue
    said.set(theme, mentionPolarity(analysed, start, end, compiled.themes[theme], negatedWithin))
  }
  const spoken = turnedSide(compiled, said, answerSide(analysed, side))
  return [...said.keys()]
    .sort((a, b) => a - b)
    .map((t) => ({
      theme: compiled.themes[t].id,
      polarity: said.get(t) ?? themePolarity(compiled.themes[t], spoken),
    }))
}

// The matches that speak of their themes: no leaders who only listen in or whose skills are
// meant, no tools that skills are about, no "offen" in another sense.
function readMatches(analysed: AnalysedText, matches: Match[]) {
  let marks = 0
  for (const m of matches) marks |= analysed.words[m.end - 1].marks
  if (!(marks & (ROLE | TOOL | OPEN | FAMILIAR))) return matches
  return withoutOtherSenses(
    analysed,
    withoutSkilledTools(analysed, withoutBystanders(analysed, matches))
  )
}

const themePolarity = (theme: CompiledTheme, side: Side | null): Polarity =>
  theme.polarity === 'stated' ? 'positive' : sidePolarity(theme.side, side)

/**
 * The side the rest of an answer speaks to: "what hindered" when everything an answer under
 * "what helped" says itself is a complaint ("Mit wechselnden Teilnehmenden lernt man sich nicht kennen"
 * under "what helped" is a complaint, so the changing participants are a barrier there).
 */
function turnedSide(
  compiled: CompiledCodebook,
  said: Map<number, Polarity | null>,
  side: Side | null
): Side | null {
  if (side !== 'enabler') return side
  let against = 0
  for (const [t, polarity] of said) {
    if (polarity === null) continue
    if (polarity === sidePolarity(compiled.themes[t].side, side)) return side
    // A barrier named as one to cut ("weniger Gremien") is a wish, not a complaint.
    if (compiled.themes[t].side === 'enabler') against++
  }
  return against === 0 ? side : 'barrier'
}

/** A coded theme with what made it: the words that signalled it, and where its polarity came from. */
export interface ExplainedTheme extends CodedTheme {
  /** The signal words as written, "written~read" where a typo was read as a signal word. */
  signals: string[]
  /** `answer`: the answer said it (negation, judgement, resolution); `side`: its side did. */
  from: 'answer' | 'side'
}

/** `codeAnswer` with the reasons: which words signalled each theme, and why its polarity. */
export function explainAnswer(
  compiled: CompiledCodebook,
  text: string,
  context: AnswerContext = {}
): ExplainedTheme[] {
  const analysed = analyse(compiled, text)
  const matches = readMatches(analysed, findMatches(compiled, analysed, context.lang))
  return themesOf(compiled, analysed, matches, context.side).map((coded) => {
    const index = compiled.themes.findIndex((t) => t.id === coded.theme)
    const own = matches.filter((m) => m.theme === index)
    const said = own.some((m) =>
      mentionPolarity(analysed, m.start, m.end, compiled.themes[index], m.negatedWithin)
    )
    return {
      ...coded,
      signals: unique(own).map(({ start, end, loose }) =>
        (loose
          ? [analysed.words[start], analysed.words[end - 1]]
          : analysed.words.slice(start, end)
        )
          .map((w) => (w.readAs ? `${w.written}~${w.readAs}` : w.written))
          .join(loose ? ' … ' : ' ')
      ),
      from: said ? 'answer' : 'side',
    }
  })
}

// A phrase listed in both languages is found once per language; it is named once.
const unique = (matches: Match[]) =>
  matches.filter((m, i) => matches.findIndex((n) => n.start === m.start && n.end === m.end) === i)

/** The themes of an answer and the terms no theme covers, from one reading of the text. */
export function readAnswer(compiled: CompiledCodebook, text: string, side?: Side | null) {
  const analysed = analyse(compiled, text)
  const matches = findMatches(compiled, analysed)
  return {
    themes: themesOf(compiled, analysed, matches, side),
    terms: uncoveredTerms(analysed, matches),
  }
}
