import { findMinistry } from '../../analysis/ministries.ts'
import type { ParticipationView } from '../participation.ts'

const HIDDEN = 'hidden until the wave closes'

/**
 * Coverage per ministry: invitations sent and used. Never anything about answers by
 * ministry; completed counts of an open wave are hidden when the survey asks for it.
 */
export function Participation({ view }: { view: ParticipationView }) {
  const { ministries, totals } = view
  const hidden = totals.responses === null
  return (
    <section aria-labelledby='participation'>
      <h2 id='participation'>Participation</h2>
      <p>
        {hidden
          ? `Responses: ${HIDDEN}.`
          : `${totals.responses} responses in this wave, through invitations and the open link.`}
        {!hidden && ministries.length
          ? ` ${totals.ministriesAnswered} of ${ministries.length} invited ministries answered.`
          : ''}
      </p>
      {ministries.length === 0 ? (
        <p>No invitations were sent for this wave.</p>
      ) : (
        <div class='table-wrap' role='region' aria-labelledby='participation-caption' tabindex={0}>
          <table>
            <caption id='participation-caption'>Invitations per ministry</caption>
            <thead>
              <tr>
                <th scope='col'>Ministry</th>
                <th scope='col' class='num'>
                  Invited
                </th>
                <th scope='col' class='num'>
                  Completed
                </th>
              </tr>
            </thead>
            <tbody>
              {ministries.map((m) => (
                <tr>
                  <th scope='row'>
                    {findMinistry(m.ministry)?.nameEn ?? m.ministry} ({m.ministry})
                  </th>
                  <td class='num'>{m.invited}</td>
                  <td class={hidden ? 'note' : 'num'}>{m.completed ?? HIDDEN}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope='row'>All ministries</th>
                <td class='num'>{totals.invited}</td>
                <td class={hidden ? 'note' : 'num'}>
                  {hidden ? HIDDEN : ministries.reduce((a, m) => a + (m.completed ?? 0), 0)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  )
}
