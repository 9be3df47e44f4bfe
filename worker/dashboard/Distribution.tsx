import type { OptionCount } from '../../analysis/findings.ts'
import { RowBar } from './charts/RowBar.tsx'
import { StackedBar } from './charts/StackedBar.tsx'
import { Swatch } from './charts/Swatch.tsx'
import { likertColours } from './charts/palette.ts'
import { useFormat } from './format.ts'

export interface DistributionProps {
  id: string
  question: string
  options: (OptionCount & { text: string })[]
  /** What the shares are of: answers to a single choice, respondents to a multiple one. */
  base: number
}

const share = (count: number, base: number) => (base ? count / base : 0)

function DistributionTable(props: DistributionProps & { swatches?: boolean; bars?: boolean }) {
  const f = useFormat()
  const q = f.t.question
  return (
    <div class='table-wrap' role='region' aria-labelledby={`${props.id}-caption`} tabindex={0}>
      <table>
        <caption id={`${props.id}-caption`}>{q.caption(props.question)}</caption>
        <thead>
          <tr>
            <th scope='col'>{q.answer}</th>
            <th scope='col' class='num'>
              {q.count}
            </th>
            <th scope='col' class='num'>
              {q.share}
            </th>
            {props.bars ? <th scope='col'>{q.chart}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.options.map((o) => (
            <tr>
              <th scope='row'>
                {props.swatches ? <Swatch colour={likertColours[o.value] ?? '#000'} /> : null}
                {o.text}
              </th>
              <td class='num'>{f.num(o.count)}</td>
              <td class='num'>{f.shareOf(share(o.count, props.base), props.base)}</td>
              {props.bars ? (
                <td>
                  <RowBar
                    label={q.rowBar(
                      o.text,
                      f.num(o.count),
                      f.num(props.base),
                      f.percent(share(o.count, props.base))
                    )}
                    share={share(o.count, props.base)}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A Likert distribution: one stacked bar in scale order, and the legend as a table of counts. */
export function LikertDistribution(props: DistributionProps) {
  const f = useFormat()
  const label = f.t.question.stacked(
    props.question,
    props.options.map((o) => `${o.text}: ${f.num(o.count)}`).join(', ')
  )
  return (
    <>
      <StackedBar
        label={label}
        segments={props.options.map((o) => ({
          label: o.text,
          count: o.count,
          colour: likertColours[o.value] ?? '#000',
        }))}
      />
      <DistributionTable {...props} swatches />
    </>
  )
}

/** A choice or scale distribution: a table with a bar in each row. */
export function ChoiceDistribution(props: DistributionProps) {
  return <DistributionTable {...props} bars />
}
