import type { QuestionFinding as Finding, QuestionStats } from '../../analysis/findings.ts'
import type { Localized, Question } from '../../forms/schema.ts'
import { IntervalChart } from './charts/IntervalChart.tsx'
import { ChoiceDistribution, LikertDistribution } from './Distribution.tsx'
import { FigureList } from './FigureList.tsx'
import { changeText, interval, noteOf, num, percent } from './format.ts'

/** The wording of an option: the ends of a Likert or 0–10 scale get their labels from the form. */
function optionTexts(stats: QuestionStats, question: Question | undefined) {
  const ends: Record<string, Localized> = {}
  if (question?.kind === 'likert')
    Object.assign(ends, { 1: question.ends.low, 5: question.ends.high })
  if (question?.kind === 'scale')
    Object.assign(ends, { 0: question.ends.low, 10: question.ends.high })
  return (stats.distribution ?? []).map((o) => {
    const end = ends[o.value]
    return { ...o, text: end ? `${o.label.en} (${end.en})` : o.label.en }
  })
}

function MeanFigures(props: { stats: QuestionStats; question: string; scale: 'likert' | 'scale' }) {
  const { mean, sd, ci95, shareAgreeing, change, n } = props.stats
  if (mean === undefined || ci95 === undefined) return null
  const [low, high] = props.scale === 'likert' ? [1, 5] : [0, 10]
  const ticks = props.scale === 'likert' ? [1, 2, 3, 4, 5] : [0, 2, 4, 6, 8, 10]
  const label = `Mean of “${props.question}”: ${mean} on a scale of ${low} to ${high}, 95 % confidence interval ${interval(ci95)}`
  return (
    <>
      <IntervalChart
        label={label}
        domain={[low, high]}
        ticks={ticks}
        rows={[{ label: props.question, mean, ci: ci95 }]}
      />
      <FigureList
        items={[
          ['Answers (n)', num(n)],
          ['Mean', num(mean)],
          ['95 % confidence interval', interval(ci95)],
          ['Standard deviation', sd === undefined ? undefined : num(sd)],
          ['Agreeing (4 or 5)', shareAgreeing === undefined ? undefined : percent(shareAgreeing)],
          [
            'Change in mean against the previous wave',
            change ? changeText(change, (c) => c.mean) : undefined,
          ],
        ]}
      />
    </>
  )
}

function Figures({
  finding,
  stats,
  question,
}: {
  finding: Finding
  stats: QuestionStats
  question?: Question
}) {
  const text = finding.label.en
  const dist = {
    id: `q-${finding.id}`,
    question: text,
    options: optionTexts(stats, question),
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
          {finding.kind === 'multiple' ? (
            <p>Several answers possible: shares are of the {stats.n} respondents.</p>
          ) : null}
          <ChoiceDistribution {...dist} />
        </>
      )
    default:
      return <p>{stats.n} written answers.</p>
  }
}

/** One question's findings, or the note that stands in for them when the group is too small. */
export function QuestionFinding({ finding, question }: { finding: Finding; question?: Question }) {
  const tags = [
    finding.dimension && `dimension: ${finding.dimension}`,
    finding.side && `side: ${finding.side}`,
  ].filter(Boolean)
  return (
    <section class='finding' aria-labelledby={`h-${finding.id}`}>
      <h3 id={`h-${finding.id}`}>{finding.label.en}</h3>
      {tags.length ? <p>{tags.join(' · ')}</p> : null}
      {finding.result.shown ? (
        <Figures finding={finding} stats={finding.result.value} question={question} />
      ) : (
        <p class='suppressed'>{noteOf(finding.result.note)}</p>
      )}
      {finding.result.shown && finding.result.note ? (
        <p class='suppressed'>{noteOf(finding.result.note)}</p>
      ) : null}
    </section>
  )
}
