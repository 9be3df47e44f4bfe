import { findMinistry } from '../../analysis/ministries.ts'
import type { ParticipationView } from '../participation.ts'
import { useFormat } from './format.ts'
import { usePage } from './messages/index.ts'

/**
 * Coverage per ministry: invitations sent and used. Never anything about answers by
 * ministry; completed counts of an open wave are hidden when the survey asks for it.
 */
export function Participation({ view }: { view: ParticipationView }) {
  const { lang } = usePage()
  const f = useFormat()
  const p = f.t.participation
  const { ministries, totals } = view
  const hidden = totals.responses === null
  const name = (abbr: string) => {
    const m = findMinistry(abbr)
    return m ? (lang === 'de' ? m.name : m.nameEn) : abbr
  }
  return (
    <section aria-labelledby='participation'>
      <h2 id='participation'>{p.heading}</h2>
      <p>
        {totals.responses === null
          ? p.responsesHidden
          : p.responses(f.t.responses(totals.responses))}
        {!hidden && ministries.length
          ? p.ministries(totals.ministriesAnswered ?? 0, ministries.length)
          : ''}
      </p>
      {ministries.length === 0 ? (
        <p>{p.noInvitations}</p>
      ) : (
        <div class='table-wrap' role='region' aria-labelledby='participation-caption' tabindex={0}>
          <table>
            <caption id='participation-caption'>{p.caption}</caption>
            <thead>
              <tr>
                <th scope='col'>{p.ministry}</th>
                <th scope='col' class='num'>
                  {p.invited}
                </th>
                <th scope='col' class='num'>
                  {p.completed}
                </th>
              </tr>
            </thead>
            <tbody>
              {ministries.map((m) => (
                <tr>
                  <th scope='row'>
                    {name(m.ministry)} ({m.ministry})
                  </th>
                  <td class='num'>{f.num(m.invited)}</td>
                  <td class={hidden ? 'note' : 'num'}>
                    {m.completed === null ? p.hidden : f.num(m.completed)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope='row'>{p.all}</th>
                <td class='num'>{f.num(totals.invited)}</td>
                <td class={hidden ? 'note' : 'num'}>
                  {hidden
                    ? p.hidden
                    : f.num(ministries.reduce((a, m) => a + (m.completed ?? 0), 0))}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  )
}
