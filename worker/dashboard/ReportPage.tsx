import type { Report } from '../../analysis/report.ts'
import type { ReportListing } from '../db/report-deliveries.ts'
import { ReportBody } from './ReportBody.tsx'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import { deliveryText, Notice, recipientsPath, reportPath } from './ReportsPage.tsx'

/** One email of a report, as the outbox keeps it. */
export interface SentEmail {
  recipient: string
  attempts: number
  last_error: string | null
  sent_at: string | null
}

function EmailState({ email }: { email: SentEmail }) {
  const f = useFormat()
  const s = f.t.reports
  if (email.sent_at) return <>{s.sentAt(f.date(email.sent_at))}</>
  return <>{email.last_error ? s.failedAttempts(email.attempts) : s.waiting}</>
}

function Emails({ emails }: { emails: SentEmail[] }) {
  const s = useFormat().t.reports
  if (!emails.length) return <p>{s.noRecipients}</p>
  return (
    <div class='table-wrap' role='region' aria-labelledby='emails-caption' tabindex={0}>
      <table>
        <caption id='emails-caption'>{s.recipientsCaption}</caption>
        <thead>
          <tr>
            <th scope='col'>{s.address}</th>
            <th scope='col'>{s.state}</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((e) => (
            <tr>
              <td>{e.recipient}</td>
              <td>
                <EmailState email={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * A stored report: what it was built from, where its emails stand, and a link to the stored
 * snapshot exactly as it was sent. Admins can send what is still waiting.
 */
export function ReportPage(props: {
  report: ReportListing
  /** The model as stored when the report was built: what its email was rendered from. */
  model: Report
  emails: SentEmail[]
  notice?: string
  signOut: boolean
}) {
  const f = useFormat()
  const s = f.t.reports
  const { lang, role } = usePage()
  const link = useLink()
  const { report } = props
  const title = s.reportTitle(report.title[lang], report.period)
  const path = reportPath(report.id)
  const unsent = props.emails.some((e) => !e.sent_at)
  return (
    <DashboardLayout
      title={title}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard/reports', label: s.title },
        { href: path, label: title },
      ]}
    >
      <h1>{title}</h1>
      <Notice notice={props.notice} />
      <h2>{s.facts}</h2>
      <dl class='figures'>
        <dt>{s.release}</dt>
        <dd>{s.releaseSeq(report.releaseSeq, report.waveLabel)}</dd>
        <dt>{s.createdOn}</dt>
        <dd>{f.date(report.createdOn)}</dd>
        <dt>{s.codebook}</dt>
        <dd>{report.codebookVersion}</dd>
        <dt>{s.delivery}</dt>
        <dd>{deliveryText(f, report.delivery)}</dd>
      </dl>
      <ul class='inline-list'>
        <li>
          <a href={`/api/reports/${encodeURIComponent(report.id)}?format=html`}>{s.view}</a>
        </li>
        <li>
          <a
            href={`/api/reports/${encodeURIComponent(report.id)}?format=csv&lang=${lang}`}
            download
          >
            {s.csv}
          </a>
        </li>
      </ul>
      <h2>{s.recipients}</h2>
      <Emails emails={props.emails} />
      {role === 'admin' && unsent ? (
        <form method='post' action={link(`${path}/send`)}>
          <p>{s.sendIntro}</p>
          <button class='button' type='submit'>
            {s.send}
          </button>
        </form>
      ) : null}
      <p>
        <a href={link(recipientsPath(report.surveyId))}>{s.recipientsOf(report.title[lang])}</a>
      </p>
      <ReportBody report={props.model} />
    </DashboardLayout>
  )
}
