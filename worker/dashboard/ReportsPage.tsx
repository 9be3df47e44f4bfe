import type { Delivery, ReportListing } from '../db/report-deliveries.ts'
import type { SurveySummary } from '../db/surveys.ts'
import { useFormat, type Format } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'

export const reportPath = (id: string) => `/dashboard/reports/${encodeURIComponent(id)}`
export const recipientsPath = (surveyId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/recipients`

/** Where a report's emails stand, in one line: sent, waiting, failed, or sent to nobody. */
export function deliveryText(f: Format, d: Delivery): string {
  const s = f.t.reports
  if (d.recipients === 0) return s.noRecipients
  if (d.sent === d.recipients) return s.sentOn(f.date(d.lastSentAt!), d.recipients)
  const waiting = d.recipients - d.sent - d.failed
  return [
    d.sent ? s.partlySent(d.sent, d.recipients) : '',
    d.failed ? s.failed(d.failed) : '',
    waiting ? s.pending(waiting) : '',
  ]
    .filter(Boolean)
    .join('; ')
}

/** What the last button press did, said once after its redirect. */
export function Notice({ notice }: { notice?: string }) {
  const { notices } = useFormat().t.reports
  // Only the notices there are: `?done=constructor` must not reach Object's prototype.
  const text = notice && Object.hasOwn(notices, notice) ? notices[notice] : undefined
  if (!text) return null
  return (
    <p class='notice' role='status'>
      {text}
    </p>
  )
}

/** The lang field a GET form needs to keep the language the researcher switched to. */
function LangField() {
  const { lang, chosen } = usePage()
  return chosen ? <input type='hidden' name='lang' value={lang} /> : null
}

function SurveySelect(props: { id: string; surveys: SurveySummary[]; selected?: string }) {
  const { lang } = usePage()
  const s = useFormat().t.reports
  return (
    <div class='field'>
      <label class='label' for={props.id}>
        {s.filter}
      </label>
      <select id={props.id} name='survey'>
        {props.id === 'filter-survey' ? <option value=''>{s.allSurveys}</option> : null}
        {props.surveys.map((survey) => (
          <option value={survey.id} selected={survey.id === props.selected}>
            {`${survey.title[lang]} (${survey.slug})`}
          </option>
        ))}
      </select>
    </div>
  )
}

function ReportTable({ reports }: { reports: ReportListing[] }) {
  const f = useFormat()
  const s = f.t.reports
  const { lang } = usePage()
  const link = useLink()
  if (!reports.length) return <p>{s.none}</p>
  return (
    <div class='table-wrap' role='region' aria-labelledby='reports-caption' tabindex={0}>
      <table>
        <caption id='reports-caption'>{s.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{s.survey}</th>
            <th scope='col'>{s.period}</th>
            <th scope='col'>{s.release}</th>
            <th scope='col'>{s.createdOn}</th>
            <th scope='col'>{s.delivery}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr>
              <td>{r.title[lang]}</td>
              <td>
                <a
                  href={link(reportPath(r.id))}
                  aria-label={s.open(`${r.title[lang]} ${r.period}`)}
                >
                  {r.period}
                </a>
              </td>
              <td>{s.releaseSeq(r.releaseSeq, r.waveLabel)}</td>
              <td>{f.date(r.createdOn)}</td>
              <td>{deliveryText(f, r.delivery)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Every stored report with how far its emails got; admins can build one now. */
export function ReportsPage(props: {
  reports: ReportListing[]
  surveys: SurveySummary[]
  selected?: SurveySummary
  notice?: string
  signOut: boolean
}) {
  const { role, lang } = usePage()
  const s = useFormat().t.reports
  const link = useLink()
  const { selected } = props
  return (
    <DashboardLayout title={s.title} signOut={props.signOut}>
      <h1>{s.title}</h1>
      <Notice notice={props.notice} />
      <p>{s.intro}</p>
      <form method='get' action='/dashboard/reports' class='filter'>
        <SurveySelect id='filter-survey' surveys={props.surveys} selected={selected?.id} />
        <LangField />
        <button class='button button-secondary' type='submit'>
          {s.show}
        </button>
      </form>
      {selected ? (
        <p>
          <a href={link(recipientsPath(selected.id))}>{s.recipientsOf(selected.title[lang])}</a>
        </p>
      ) : null}
      <ReportTable reports={props.reports} />
      {role === 'admin' && props.surveys.length ? (
        <section aria-labelledby='build'>
          <h2 id='build'>{s.build}</h2>
          <p>{s.buildIntro}</p>
          <form method='post' action={link('/dashboard/reports/build')}>
            <SurveySelect id='build-survey' surveys={props.surveys} selected={selected?.id} />
            <button class='button' type='submit'>
              {s.build}
            </button>
          </form>
        </section>
      ) : null}
    </DashboardLayout>
  )
}
