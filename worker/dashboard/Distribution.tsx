import type { OptionCount } from '../../analysis/findings.ts'
import { RowBar } from './charts/RowBar.tsx'
import { StackedBar } from './charts/StackedBar.tsx'
import { Swatch } from './charts/Swatch.tsx'
import { likertColours } from './charts/palette.ts'
import { num, percent } from './format.ts'

export interface DistributionProps {
  id: string
  question: string
  options: (OptionCount & { text: string })[]
  /** What the shares are of: answers to a single choice, respondents to a multiple one. */
  base: number
}

const share = (count: number, base: number) => (base ? count / base : 0)

function DistributionTable(props: DistributionProps & { swatches?: boolean; bars?: boolean }) {
  return (
    <div class='table-wrap' role='region' aria-labelledby={`${props.id}-caption`} tabindex={0}>
      <table>
        <caption id={`${props.id}-caption`}>Answers to “{props.question}”</caption>
        <thead>
          <tr>
            <th scope='col'>Answer</th>
            <th scope='col' class='num'>
              Count
            </th>
            <th scope='col' class='num'>
              Share
            </th>
            {props.bars ? <th scope='col'>Chart</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.options.map((o) => (
            <tr>
              <th scope='row'>
                {props.swatches ? <Swatch colour={likertColours[o.value] ?? '#000'} /> : null}
                {o.text}
              </th>
              <td class='num'>{num(o.count)}</td>
              <td class='num'>{percent(share(o.count, props.base))}</td>
              {props.bars ? (
                <td>
                  <RowBar
                    label={`${o.text}: ${o.count} of ${props.base}, ${percent(share(o.count, props.base))}`}
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
  const label = `Distribution of answers to “${props.question}”: ${props.options
    .map((o) => `${o.text}: ${o.count}`)
    .join(', ')}`
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
