// Leaders named as someone other than the ones who back the group: the audience of a leak or a
// report ("an die Hausleitung weitergegeben", "passed on to the leadership"), the ones whose
// presence makes people careful ("solange keine Leitung im Raum war"), or the ones whose own
// skills are meant ("Führungskräfte mit digitalem Mindset"). See test/coding/README.md.
import type { AnalysedText, Match } from './match.ts'
import { PRIORITY, ROLE } from './marks.ts'
import { speaksOfSkills } from './skills.ts'

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

// Before the role noun: whom something goes to, and where a leak ends up ("landet bei der Leitung").
const TO = words('an ans gegenueber to towards')
const AT = words('bei beim in im with')
const LANDS = words('landet landen landete landeten gelandet lands landed landing')
// After it: in the room ("keine Leitung im Raum"), or one of them there ("jemand aus der Leitung
// dabei"); "der Abteilungsleiter war selbst dabei" is backing.
const ROOM = words('raum room')
const FROM = words('aus from')
const PRESENT = words('dabei anwesend present there')
const isPreposition = (word: string) => TO.has(word) || AT.has(word) || FROM.has(word)

/**
 * The matches without role nouns named as the audience of a leak, as present in the room or as
 * the holders of skills: there they speak of confidentiality or of skills, not of backing; and
 * without the priorities of leaders, which speak of backing, not of shared goals.
 */
export function withoutBystanders(text: AnalysedText, matches: Match[]): Match[] {
  const isRole = (m: Match) => (text.words[m.end - 1].marks & ROLE) !== 0
  if (!matches.some(isRole)) return matches
  return matches.filter((m) => (isRole(m) ? !bystander(text, m) : !leadersPriority(text, m)))
}

// Priorities leaders set are their backing, not goals the group shares: "Die Hausleitung hat
// andere Prioritäten", "the state secretary made it a top priority": a priority named alone after
// a role noun in its clause.
function leadersPriority({ words, clauses }: AnalysedText, { start, end }: Match) {
  if (end - start !== 1 || !(words[start].marks & PRIORITY)) return false
  for (let i = start - 1; i >= 0 && clauses[i] === clauses[start]; i--)
    if (words[i].marks & ROLE) return true
  return false
}

function bystander({ words, clauses }: AnalysedText, { start, end }: Match) {
  const clause = clauses[start]
  const inClause = (i: number) => i >= 0 && i < words.length && clauses[i] === clause
  const at = (i: number) => (inClause(i) ? words[i].folded : '')
  // The preposition right before it, or before its article or possessive.
  const next = at(start - 1)
  const before = isPreposition(next) || !words[start - 1]?.stop ? next : at(start - 2)
  if (TO.has(before)) return true
  let landed = false
  let present = false
  for (let i = 0; i < words.length; i++) {
    if (!inClause(i)) continue
    const word = words[i].folded
    landed ||= LANDS.has(word) || (word === 'up' && /^end/.test(at(i - 1)))
    present ||= i >= end && (ROOM.has(word) || (FROM.has(before) && PRESENT.has(word)))
  }
  // Their skills, in the role noun's clause or the next ("Führungskräfte, die … mitbringen").
  return (
    (landed && AT.has(before)) || present || speaksOfSkills({ words, clauses }, clause, clause + 1)
  )
}
