import type { QuestionFinding as Finding, QuestionStats } from '../../analysis/findings.ts'
import { dimensionLabel } from '../../analysis/render/labels.ts'
import type { Localized, Question } from '../../forms/schema.ts'
import { IntervalChart } from './charts/IntervalChart.tsx'
import { ChoiceDistribution, LikertDistribution } from './Distribution.tsx'
import { FigureList } from './FigureList.tsx'
import { useFormat } from './format.ts'
import { usePage } from './messages/index.ts'

/** The wording of an option: the ends of a Likert or 0–10 scale get their labels from the form. */
function optionTexts(stats: QuestionStats, question: Question | undefined, lang: 'de' | 'en') {
  const ends: Record<string, Localized> = {}
  if (question?.kind === 'likert')
    Object.assign(ends, { 1: question.ends.low, 5: question.ends.high })
  if (question?.kind === 'scale')
    Object.assign(ends, { 0: question.ends.low, 10: question.ends.high })
  return (stats.distribution ?? []).map((o) => {
    const end = ends[o.value]
    return { ...o, text: end ? `${o.label[lang]} (${end[lang]})` : o.label[lang] }
  })
}

function MeanFigures(props: { stats: QuestionStats; question: string; scale: 'likert' | 'scale' }) {
  const f = useFormat()
  const q = f.t.question
  const { mean, sd, ci95, shareAgreeing, change, n } = props.stats
  if (mean === undefined || ci95 === undefined) return null
  const [low, high] = props.scale === 'likert' ? [1, 5] : [0, 10]
  const ticks = props.scale === 'likert' ? [1, 2, 3, 4, 5] : [0, 2, 4, 6, 8, 10]
  return (
    <>
      <IntervalChart
        label={q.meanChart(props.question, f.num(mean), low, high, f.interval(ci95))}
        domain={[low, high]}
        ticks={ticks}
        rows={[{ label: props.question, mean, ci: ci95 }]}
      />
      <FigureList
        items={[
          [q.n, f.num(n)],
          [f.t.readiness.mean, f.num(mean)],
          [f.t.readiness.ci, f.interval(ci95)],
          [q.sd, sd === undefined ? undefined : f.num(sd)],
          [q.agreeing, shareAgreeing === undefined ? undefined : f.shareOf(shareAgreeing, n)],
          [q.meanChange, change ? f.change(change, (c) => c.mean) : undefined],
        ]}
      />
    </>
  )
}

function Figures(props: { finding: Finding; stats: QuestionStats; question?: Question }) {
  const { lang } = usePage()
  const { t } = useFormat()
  const { finding, stats } = props
  const text = finding.label[lang]
  const dist = {
    id: `q-${finding.id}`,
    question: text,
    options: optionTexts(stats, props.question, lang),
    base: stats.n,
  }
  switch (finding.kind) {
    case 'likert':
      return (
        <>
          <LikertDistribution {...dist} />
          <MeanFigures stats={stats} question={text} scale='likert' />
        </>
      )
    case 'scale':
      return (
        <>
          <MeanFigures stats={stats} question={text} scale='scale' />
          <ChoiceDistribution {...dist} />
        </>
      )
    case 'single':
    case 'multiple':
      return (
        <>
          {finding.kind === 'multiple' ? <p>{t.question.multiple(stats.n)}</p> : null}
          <ChoiceDistribution {...dist} />
        </>
      )
    default:
      return <p>{t.question.written(stats.n)}</p>
  }
}

/** One question's findings, or the note that stands in for them when the group is too small. */
export function QuestionFinding({ finding, question }: { finding: Finding; question?: Question }) {
  const { lang } = usePage()
  const f = useFormat()
  const q = f.t.question
  const tags = [
    finding.dimension && q.dimension(dimensionLabel(lang, finding.dimension)),
    finding.side && q.side[finding.side],
  ].filter(Boolean)
  return (
    <section class='finding' aria-labelledby={`h-${finding.id}`}>
      <h3 id={`h-${finding.id}`}>{finding.label[lang]}</h3>
      {tags.length ? <p>{tags.join(' · ')}</p> : null}
      {finding.result.shown ? (
        <Figures finding={finding} stats={finding.result.value} question={question} />
      ) : (
        <p class='suppressed'>{f.note(finding.result.note)}</p>
      )}
      {finding.result.shown && finding.result.note ? (
        <p class='suppressed'>{f.note(finding.result.note)}</p>
      ) : null}
    </section>
  )
}
