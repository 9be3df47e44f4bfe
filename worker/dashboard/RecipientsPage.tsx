import type { SurveySummary } from '../db/surveys.ts'
import { ErrorSummary, TextField } from './fields.tsx'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import type { DashboardMessages } from './messages/index.ts'
import { useLink, usePage } from './messages/index.ts'
import { recipientsPath } from './ReportsPage.tsx'

export type RecipientError = keyof DashboardMessages['recipients']['errors']

function RecipientList(props: { surveyId: string; recipients: string[]; fallback: string }) {
  const { role } = usePage()
  const s = useFormat().t.recipients
  const link = useLink()
  if (!props.recipients.length)
    return (
      <>
        <p>{s.none}</p>
        <p>{s.fallback(props.fallback)}</p>
      </>
    )
  return (
    <div class='table-wrap' role='region' aria-labelledby='recipients-caption' tabindex={0}>
      <table>
        <caption id='recipients-caption'>{s.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{s.address}</th>
            {role === 'admin' ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {props.recipients.map((address) => (
            <tr>
              <td>{address}</td>
              {role === 'admin' ? (
                <td>
                  <form method='post' action={link(`${recipientsPath(props.surveyId)}/remove`)}>
                    <input type='hidden' name='address' value={address} />
                    <button
                      class='button button-secondary'
                      type='submit'
                      aria-label={s.removeLabel(address)}
                    >
                      {s.remove}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function AddForm(props: { surveyId: string; typed?: string; error?: RecipientError }) {
  const s = useFormat().t.recipients
  const link = useLink()
  const { error } = props
  return (
    <form method='post' action={link(recipientsPath(props.surveyId))} novalidate>
      <TextField
        type='email'
        name='address'
        label={s.address}
        hint={s.hint}
        value={props.typed ?? ''}
        error={error && s.errors[error]}
        spellcheck={false}
      />
      <button class='button' type='submit'>
        {s.submit}
      </button>
    </form>
  )
}

/** Who gets a survey's report: the list, and for admins the forms to add and remove. */
export function RecipientsPage(props: {
  survey: SurveySummary
  recipients: string[]
  /** REPORT_TO from wrangler.toml, used while the survey has none. */
  fallback: string
  typed?: string
  error?: RecipientError
  signOut: boolean
}) {
  const { lang, role } = usePage()
  const t = useFormat().t
  const s = t.recipients
  const link = useLink()
  const { survey, error } = props
  const path = recipientsPath(survey.id)
  return (
    <DashboardLayout
      title={error ? s.errorTitle : s.title}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard/reports', label: t.reports.title },
        { href: path, label: s.title },
      ]}
    >
      <h1>{s.title}</h1>
      <ErrorSummary
        title={s.problem}
        problems={error ? [{ field: 'address', text: s.errors[error] }] : []}
      />
      <p>{s.lead(survey.title[lang])}</p>
      <p>{s.verified}</p>
      <RecipientList surveyId={survey.id} recipients={props.recipients} fallback={props.fallback} />
      {role === 'admin' ? (
        <>
          <h2>{s.add}</h2>
          <AddForm surveyId={survey.id} typed={props.typed} error={error} />
        </>
      ) : null}
      <p>
        <a href={link(`/dashboard/reports?survey=${encodeURIComponent(survey.id)}`)}>
          {s.toReports}
        </a>
      </p>
    </DashboardLayout>
  )
}
