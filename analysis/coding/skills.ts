// Someone's skills named beside a role noun or a tool: then the role noun or the tool says whose
// skills or which skills are meant ("Führungskräfte mit digitalem Mindset", "keine Schulung zu
// den Tools"), not that leaders back the group or that the IT works. See test/coding/README.md.
import { SKILL, TOOL } from './marks.ts'
import type { AnalysedText, Match } from './match.ts'

// Knowing how, an introduction to: "wissen nicht, wie man …", "an introduction to the tool".
const HOW: Record<string, string> = {
  wissen: 'wie',
  weiss: 'wie',
  know: 'how',
  einfuehrung: 'in',
  introduction: 'to',
}

/** Whether the clauses `first` to `last` of `text` speak of someone's skills. */
export function speaksOfSkills({ words, clauses }: AnalysedText, first: number, last: number) {
  for (let i = 0; i < words.length && clauses[i] <= last; i++) {
    if (clauses[i] < first) continue
    const word = words[i].folded
    if (words[i].marks & SKILL) return true
    const then = HOW[word]
    if (then && [words[i + 1], words[i + 2]].some((w) => w?.folded === then)) return true
  }
  return false
}

/** The matches without tools named as what skills are about (in their clause or the one before). */
export function withoutSkilledTools(text: AnalysedText, matches: Match[]): Match[] {
  const isTool = (m: Match) => (text.words[m.end - 1].marks & TOOL) !== 0
  if (!matches.some(isTool)) return matches
  return matches.filter((m) => {
    const clause = text.clauses[m.start]
    return !isTool(m) || !speaksOfSkills(text, clause - 1, clause)
  })
}
