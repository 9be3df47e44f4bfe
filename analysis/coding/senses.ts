// "offen" and "open" in senses other than an open, trusting setting (see test/coding/README.md):
// open about problems is honesty about them ("offen über Stolpersteine reden", "ein offener
// Umgang mit Rückschlägen"), and "es blieb offen, wer …" is a question left undecided.
// "mit den Tools vertraut" is being familiar with them, not trusting.
import type { AnalysedText, Match } from './match.ts'
import { FAMILIAR, OPEN } from './marks.ts'
import { isNegated } from './negation.ts'

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

// Problems that openness is about.
const PROBLEMS =
  /^(problem|fehler|schwaeche|stolperstein|rueckschlaeg|kritik|gescheitert|scheitern|verzoegerung|schiefg|hakt|klemmt|misserfolg|mistake|error|failure|weakness|setback|delay|stuck|wrong)/
// A setting or a protection named beside it keeps the trusting sense: "ein Ort, an dem man offen
// über Schwierigkeiten sprechen kann", "offen sagen, ohne dass es Konsequenzen hatte".
const SETTING = words(`
  ort raum rahmen runde atmosphaere klima umfeld ohne angst
  place space room setting atmosphere environment without fear afraid
`)
const SCARCE = words('wenig little')
// A question left open: "Es blieb offen, wer …", "it remained open who …".
const QUESTION = words('wer was wie ob wann welche welcher who what whether how when which')

/** The matches without "offen", "open" or "vertraut" read in a sense other than its signal's. */
export function withoutOtherSenses(text: AnalysedText, matches: Match[]): Match[] {
  if (!matches.some((m) => isBareOpen(text, m) || familiar(text, m))) return matches
  return matches.filter(
    (m) => !(isBareOpen(text, m) && otherSense(text, m.start)) && !familiar(text, m)
  )
}

// "mit etwas vertraut", "vertraut mit": within the clause, up to three words before or one after.
function familiar({ words, clauses }: AnalysedText, m: Match) {
  if (m.end - m.start !== 1 || !(words[m.start].marks & FAMILIAR)) return false
  for (let i = Math.max(0, m.start - 4); i <= m.start + 1 && i < words.length; i++)
    if (clauses[i] === clauses[m.start] && words[i].folded === 'mit') return true
  return false
}

const isBareOpen = ({ words }: AnalysedText, m: Match) =>
  m.end - m.start === 1 && (words[m.start].marks & OPEN) !== 0

function otherSense(text: AnalysedText, at: number) {
  const { words, clauses } = text
  const clause = clauses[at]
  if (clauses[at + 1] === clause + 1 && QUESTION.has(words[at + 1].folded)) return true
  // "nicht offen geredet", "wenig offen": a lack of openness is a lack of trust.
  const scarce = [at - 1, at - 2].some((i) => clauses[i] === clause && SCARCE.has(words[i].folded))
  if (scarce || isNegated(words, clauses, at, at + 1)) return false
  let problems = false
  for (let i = 0; i < words.length; i++) {
    if (clauses[i] !== clause && clauses[i] !== clause + 1) continue
    if (SETTING.has(words[i].folded)) return false
    problems ||= PROBLEMS.test(words[i].folded)
  }
  return problems
}
