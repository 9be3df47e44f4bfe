import type { QuestionStats } from './findings.ts'
import type { ReleaseContent } from './release.ts'
import { holm, proportionsP, welchP, type Sample } from './significance.ts'
import { round, tQuantile975 } from './stats.ts'
import { previousWaveNote, type Shown } from './suppression.ts'

const delta = (a?: number, b?: number, digits = 3) =>
  a === undefined || b === undefined ? undefined : round(a - b, digits)

/** A change is shown only where the earlier figure was: its note otherwise, never its value. */
const against = <B, C>(before: Shown<B> | undefined, change: (b: B) => C): Shown<C> =>
  before?.shown
    ? { shown: true, value: change(before.value) }
    : { shown: false, note: previousWaveNote(before?.note) }

/** A change and the p of its test, marked significant or not once all of them are known. */
type Tested = { change: Shown<{ significant?: boolean }>; p: number | undefined }

/** The sample behind a published mean, where it says its spread. */
const sampleOf = (v: { n: number; mean?: number; sd?: number }): Sample | undefined =>
  v.mean === undefined || v.sd === undefined ? undefined : { n: v.n, mean: v.mean, sd: v.sd }

const meanP = (a?: Sample, b?: Sample) => (a && b ? welchP(a, b) : undefined)

/** The index publishes its interval, not its spread: the sd its interval was built from. */
const indexSample = (v: { n: number; value: number; ci95: [number, number] }): Sample => ({
  n: v.n,
  mean: v.value,
  sd: v.n > 1 ? ((v.ci95[1] - v.ci95[0]) / 2 / tQuantile975(v.n - 1)) * Math.sqrt(v.n) : 0,
})

/**
 * Every change against the previous wave, taken from that wave's published release (its
 * final one once it closed), never from its responses: what a reader can subtract from two
 * published releases is exactly what the change says. Each change of a mean (questions,
 * dimensions, index: Welch's t-test) or of a theme's share (two-proportion z-test) is marked
 * significant or not at 5 %, Holm-corrected over all changes of the release.
 */
export function withChanges(
  content: ReleaseContent,
  previous: ReleaseContent | null
): ReleaseContent {
  const tested: Tested[] = []
  const test = <C extends object>(change: Shown<C>, p: () => number | undefined): Shown<C> => {
    if (change.shown) tested.push({ change: change as Tested['change'], p: p() })
    return change
  }
  const changed = withoutTests(content, previous, test)
  const significant = holm(tested.map((t) => t.p))
  tested.forEach((t, i) => {
    if (t.change.shown && significant[i] !== undefined) t.change.value.significant = significant[i]
  })
  return changed
}

function withoutTests(
  content: ReleaseContent,
  previous: ReleaseContent | null,
  test: <C extends object>(change: Shown<C>, p: () => number | undefined) => Shown<C>
): ReleaseContent {
  const f = content.findings
  const pf = previous?.findings
  const questions = f.questions.map((q) => {
    if (!q.result.shown || (q.kind !== 'likert' && q.kind !== 'scale')) return q
    const { change: _, ...stats } = q.result.value
    if (!pf) return { ...q, result: { ...q.result, value: stats } }
    const before = pf.questions.find((p) => p.id === q.id)?.result
    const change = test(
      against(before, (b: QuestionStats) => ({
        mean: delta(stats.mean, b.mean),
        shareAgreeing: delta(stats.shareAgreeing, b.shareAgreeing),
      })),
      () => (before?.shown ? meanP(sampleOf(stats), sampleOf(before.value)) : undefined)
    )
    return { ...q, result: { ...q.result, value: { ...stats, change } } }
  })
  const dimensions = f.readiness.dimensions.map((d) => {
    if (!d.result.shown) return d
    const { change: _, ...stats } = d.result.value
    if (!pf) return { ...d, result: { ...d.result, value: stats } }
    const before = pf.readiness.dimensions.find((p) => p.dimension === d.dimension)?.result
    const change = test(
      against(before, (b) => ({
        mean: round(stats.mean - b.mean, 3),
        shareAgreeing: round(stats.shareAgreeing - b.shareAgreeing, 3),
      })),
      () => (before?.shown ? welchP(stats, before.value) : undefined)
    )
    return { ...d, result: { ...d.result, value: { ...stats, change } } }
  })
  let index = f.readiness.index
  if (index.shown) {
    const { change: _, ...stats } = index.value
    const before = pf?.readiness.index
    const change = pf && {
      change: test(
        against(before, (b) => ({ value: round(stats.value - b.value, 1) })),
        () => (before?.shown ? welchP(indexSample(stats), indexSample(before.value)) : undefined)
      ),
    }
    index = { ...index, value: { ...stats, ...change } }
  }
  const themeChanges = (side: 'enablers' | 'barriers') =>
    content.themes[side].map((t) => {
      if (!t.result.shown) return t
      const { change: _, ...stats } = t.result.value
      if (!previous) return { ...t, result: { ...t.result, value: stats } }
      const before = previous.themes[side].find((p) => p.id === t.id)?.result
      const [n, m] = [content.themes.answers, previous.themes.answers]
      const change = test(
        against(before, (b) => ({ share: round(stats.share - b.share, 3) })),
        () =>
          before?.shown && n.shown && m.shown
            ? proportionsP(stats.share, n.value, before.value.share, m.value)
            : undefined
      )
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
