import type { Report } from './report.ts'
import type { WaveFindings } from './report-model.ts'
import type { WaveTally } from './tally/index.ts'
import { sizeOfScores } from './tally/answers.ts'
import { withChanges } from './release-change.ts'
import type { Shown } from './suppression.ts'
import { movementSince, newTerms, topMovers, type NewTerm } from './movers.ts'

/** Completed invitations of one ministry, as a release froze them. */
export interface MinistryCompleted {
  ministry: string
  completed: number
}

/**
 * The size of the group behind every figure of a release. Stored with it to apply the
 * release rule to the next one; never published (a suppressed figure must not leak its n).
 */
export interface ReleaseGroups {
  responses: number
  questions: Record<string, number>
  dimensions: Record<string, number>
  index: number
  /** Free-text answers in all (themes, emerging terms), and per side (quotes). */
  texts: number
  sides: { enabler: number; barrier: number }
}

/** The frozen figures of one wave that every output reads: findings, themes, quotes, coverage. */
export interface ReleaseContent {
  findings: WaveFindings
  themes: Report['themes']
  quotes: Report['quotes']
  emergingTerms: Report['emergingTerms']
  codebookVersion: string
  participation: MinistryCompleted[]
  /** Figures kept from an earlier release because their group grew by fewer than k: which. */
  carried: Record<string, number>
  /** Emerging terms the previous wave's release did not list; absent without a previous wave. */
  newTerms?: Shown<NewTerm[]>
}

export interface Release extends ReleaseContent {
  seq: number
  groups: ReleaseGroups
}

/** The group sizes of a freshly tallied wave. */
export function groupsOf(tally: WaveTally): ReleaseGroups {
  const a = tally.answers
  return {
    responses: a.responses,
    questions: Object.fromEntries(Object.entries(a.questions).map(([id, q]) => [id, q.n])),
    dimensions: Object.fromEntries(
      Object.entries(a.dimensions).map(([d, scores]) => [d, sizeOfScores(scores)])
    ),
    index: sizeOfScores(a.index),
    texts: tally.texts.themes.answers,
    sides: { ...tally.texts.sides },
  }
}

/** Whether a group may be published anew: unchanged, or grown by at least k since it last was. */
export const mayRenew = (published: number, now: number, k: number) =>
  now === published || now - published >= k

/**
 * The next release of a wave from freshly computed content, or `null` when none may be cut
 * (the total grew by fewer than k, or nothing changed). Every figure whose group grew by
 * fewer than k keeps its value from the release it was last renewed in, so no two releases
 * differ by a group smaller than k. Changes against the previous wave are then taken from
 * that wave's published release.
 */
export function nextRelease(
  fresh: ReleaseContent,
  groups: ReleaseGroups,
  last: Release | null,
  previousWave: Release | null,
  k: number
): Release | null {
  if (last && !mayRenew(last.groups.responses, groups.responses, k)) return null
  if (last && groups.responses === last.groups.responses && sameCoding(fresh, last)) return null
  const seq = (last?.seq ?? 0) + 1
  const kept = last ? carryForward(fresh, groups, last, k) : { content: fresh, groups }
  const terms = newTerms(kept.content, previousWave)
  return {
    ...withChanges(kept.content, previousWave),
    ...(terms && { newTerms: terms }),
    seq,
    groups: kept.groups,
  }
}

// Over the same answers, a new release says something new only when a flush marked more
// invitations used or the survey is coded with another codebook.
const sameCoding = (a: ReleaseContent, b: ReleaseContent) =>
  a.codebookVersion === b.codebookVersion &&
  JSON.stringify(a.participation) === JSON.stringify(b.participation)

/**
 * Per group: the fresh figure where it may renew, the last release's figure where not,
 * marked with the release it comes from so every output can say how old it is.
 */
function carryForward(fresh: ReleaseContent, now: ReleaseGroups, last: Release, k: number) {
  const carried: Record<string, number> = {}
  const mark = <T>(key: string, s: Shown<T>): Shown<T> =>
    key in carried && s.shown ? { ...s, note: { reason: 'carried', k, release: carried[key] } } : s
  const keep = <T>(key: string, published: number, current: number, lastValue: T, value: T) => {
    if (mayRenew(published, current, k)) return { value, size: current }
    carried[key] = last.carried[key] ?? last.seq
    return { value: lastValue, size: published }
  }
  const groups: ReleaseGroups = { ...now, questions: {}, dimensions: {}, sides: { ...now.sides } }
  const findings = fresh.findings
  const questions = findings.questions.map((q) => {
    const before = last.findings.questions.find((p) => p.id === q.id)
    if (!before) return q
    const published = last.groups.questions[q.id] ?? 0
    const key = `question:${q.id}`
    const kept = keep(key, published, now.questions[q.id] ?? 0, before, q)
    groups.questions[q.id] = kept.size
    return { ...kept.value, result: mark(key, kept.value.result) }
  })
  const dimensions = findings.readiness.dimensions.map((d) => {
    const before = last.findings.readiness.dimensions.find((p) => p.dimension === d.dimension)
    if (!before) return d
    const published = last.groups.dimensions[d.dimension] ?? 0
    const key = `dimension:${d.dimension}`
    const kept = keep(key, published, now.dimensions[d.dimension] ?? 0, before, d)
    groups.dimensions[d.dimension] = kept.size
    return { ...kept.value, result: mark(key, kept.value.result) }
  })
  const index = keep('index', last.groups.index, now.index, last.findings.readiness.index, {
    ...findings.readiness.index,
  })
  groups.index = index.size
  const text = keep('texts', last.groups.texts, now.texts, last, fresh)
  groups.texts = text.size
  const quote = (side: 'enabler' | 'barrier') => {
    const kept = keep(`quotes:${side}`, last.groups.sides[side], now.sides[side], last, fresh)
    groups.sides[side] = kept.size
    return mark(`quotes:${side}`, kept.value.quotes[side])
  }
  const content: ReleaseContent = {
    ...fresh,
    findings: {
      ...findings,
      questions,
      readiness: { dimensions, index: mark('index', index.value) },
    },
    themes: {
      ...text.value.themes,
      enablers: text.value.themes.enablers.map((t) => ({ ...t, result: mark('texts', t.result) })),
      barriers: text.value.themes.barriers.map((t) => ({ ...t, result: mark('texts', t.result) })),
    },
    emergingTerms: mark('texts', text.value.emergingTerms),
    quotes: { enabler: quote('enabler'), barrier: quote('barrier') },
    carried,
  }
  return { content, groups }
}

/**
 * A report of a period: the wave's release under the period's heading, with its largest
 * changes against the previous wave and, given the release an earlier report of the same
 * wave showed, the movement since that one (untested: the two releases overlap).
 */
export function reportFromRelease(
  release: ReleaseContent,
  heading: Pick<Report, 'survey' | 'period' | 'generatedOn' | 'wave' | 'coverage'>,
  earlier?: Release | null
): Report {
  const { findings, themes, quotes, emergingTerms, codebookVersion, newTerms } = release
  return {
    ...heading,
    codebookVersion,
    findings,
    themes,
    quotes,
    emergingTerms,
    ...(findings.previousWave && { movers: topMovers(release) }),
    ...(newTerms && { newTerms }),
    ...(earlier && {
      sinceRelease: { release: earlier.seq, movers: movementSince(release, earlier) },
    }),
  }
}
