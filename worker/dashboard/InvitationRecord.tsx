import type { InvitationAddition } from '../db/invitations.ts'
import type { MinistryParticipation } from '../db/participation.ts'
import { useFormat } from './format.ts'

/** How many links were created per ministry for the open wave. */
export function Invited({ invited }: { invited: MinistryParticipation[] }) {
  const f = useFormat()
  const s = f.t.invitations
  return (
    <section aria-labelledby='invited-heading'>
      <h2 id='invited-heading'>{s.invited}</h2>
      {invited.length ? (
        <div class='table-wrap' role='region' aria-labelledby='invited-caption' tabindex={0}>
          <table>
            <caption id='invited-caption'>{s.invitedCaption}</caption>
            <thead>
              <tr>
                <th scope='col'>{s.ministry}</th>
                <th scope='col' class='num'>
                  {s.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {invited.map((row) => (
                <tr>
                  <td>{row.ministry}</td>
                  <td class='num'>{f.num(row.invited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.noneInvited}</p>
      )}
    </section>
  )
}

/** Who created how many links of which ministry, on which day, before the wave opened or late. */
export function Log({ log }: { log: InvitationAddition[] }) {
  const f = useFormat()
  const s = f.t.invitations
  return (
    <section aria-labelledby='log-heading'>
      <h2 id='log-heading'>{s.log}</h2>
      <p>{s.logIntro}</p>
      {log.length ? (
        <div class='table-wrap' role='region' aria-labelledby='log-caption' tabindex={0}>
          <table>
            <caption id='log-caption'>{s.logCaption}</caption>
            <thead>
              <tr>
                <th scope='col'>{s.wave}</th>
                <th scope='col'>{s.day}</th>
                <th scope='col'>{s.createdBy}</th>
                <th scope='col'>{s.ministry}</th>
                <th scope='col' class='num'>
                  {s.count}
                </th>
                <th scope='col'>{s.when}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((line) => (
                <tr>
                  <td>{line.wave.label}</td>
                  <td>{f.date(line.createdOn)}</td>
                  <td>{line.createdBy}</td>
                  <td>{line.ministry}</td>
                  <td class='num'>{f.num(line.count)}</td>
                  <td>{line.beforeOpening ? s.beforeOpening : s.late}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.logNone}</p>
      )}
    </section>
  )
}
