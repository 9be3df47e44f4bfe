import type { QuestionStats } from './findings.ts'
import type { ReleaseContent } from './release.ts'
import { round } from './stats.ts'
import { previousWaveNote, type Shown } from './suppression.ts'

const delta = (a?: number, b?: number, digits = 3) =>
  a === undefined || b === undefined ? undefined : round(a - b, digits)

/** A change is shown only where the earlier figure was: its note otherwise, never its value. */
const against = <B, C>(before: Shown<B> | undefined, change: (b: B) => C): Shown<C> =>
  before?.shown
    ? { shown: true, value: change(before.value) }
    : { shown: false, note: previousWaveNote(before?.note) }

/**
 * Every change against the previous wave, taken from that wave's published release (its
 * final one once it closed), never from its responses: what a reader can subtract from two
 * published releases is exactly what the change says.
 */
export function withChanges(
  content: ReleaseContent,
  previous: ReleaseContent | null
): ReleaseContent {
  const f = content.findings
  const pf = previous?.findings
  const questions = f.questions.map((q) => {
    if (!q.result.shown || (q.kind !== 'likert' && q.kind !== 'scale')) return q
    const { change: _, ...stats } = q.result.value
    if (!pf) return { ...q, result: { ...q.result, value: stats } }
    const before = pf.questions.find((p) => p.id === q.id)?.result
    const change = against(before, (b: QuestionStats) => ({
      mean: delta(stats.mean, b.mean),
      shareAgreeing: delta(stats.shareAgreeing, b.shareAgreeing),
    }))
    return { ...q, result: { ...q.result, value: { ...stats, change } } }
  })
  const dimensions = f.readiness.dimensions.map((d) => {
    if (!d.result.shown) return d
    const { change: _, ...stats } = d.result.value
    if (!pf) return { ...d, result: { ...d.result, value: stats } }
    const before = pf.readiness.dimensions.find((p) => p.dimension === d.dimension)?.result
    const change = against(before, (b) => ({
      mean: round(stats.mean - b.mean, 3),
      shareAgreeing: round(stats.shareAgreeing - b.shareAgreeing, 3),
    }))
    return { ...d, result: { ...d.result, value: { ...stats, change } } }
  })
  let index = f.readiness.index
  if (index.shown) {
    const { change: _, ...stats } = index.value
    const change = pf && {
      change: against(pf.readiness.index, (b) => ({ value: round(stats.value - b.value, 1) })),
    }
    index = { ...index, value: { ...stats, ...change } }
  }
  const themeChanges = (side: 'enablers' | 'barriers') =>
    content.themes[side].map((t) => {
      if (!t.result.shown) return t
      const { change: _, ...stats } = t.result.value
      if (!previous) return { ...t, result: { ...t.result, value: stats } }
      const before = previous.themes[side].find((p) => p.id === t.id)?.result
      const change = against(before, (b) => ({ share: round(stats.share - b.share, 3) }))
      return { ...t, result: { ...t.result, value: { ...stats, change } } }
    })
  return {
    ...content,
    findings: {
      ...f,
      previousWave: pf ? { id: pf.wave.id, label: pf.wave.label } : null,
      questions,
      readiness: { dimensions, index },
    },
    themes: {
      ...content.themes,
      enablers: themeChanges('enablers'),
      barriers: themeChanges('barriers'),
    },
  }
}
