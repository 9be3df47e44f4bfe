import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { ErrorSummary, TextField } from './fields.tsx'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'

export const retentionPath = (surveyId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/retention`

/** The day a closed wave is deleted under a retention period of `months`, as SQLite counts. */
export function deletionDay(closedOn: string, months: number): string {
  const [y, m, d] = closedOn.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10)
}

/** How long the survey's closed waves are kept, whether it is archived, and what to delete. */
export function RetentionPage(props: {
  survey: SurveySummary
  waves: Wave[]
  typed?: string
  error?: boolean
  signOut: boolean
}) {
  const f = useFormat()
  const s = f.t.retention
  const { lang, role } = usePage()
  const link = useLink()
  const { survey } = props
  const months = survey.retentionMonths
  const closed = props.waves.filter((w) => w.status === 'closed')
  const admin = role === 'admin'
  const base = retentionPath(survey.id)
  return (
    <DashboardLayout
      title={props.error ? s.errorTitle : s.title(survey.title[lang])}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard', label: f.t.allSurveys },
        { href: base, label: s.link },
      ]}
    >
      <ErrorSummary
        title={s.problem}
        problems={props.error ? [{ field: 'months', text: s.errors.months }] : []}
      />
      <h1>{s.title(survey.title[lang])}</h1>
      <p>{s.intro}</p>
      <h2>{s.period}</h2>
      <p>{months ? s.periodSet(months) : s.periodNone}</p>
      {admin ? (
        <form method='post' action={link(base)} novalidate>
          <TextField
            name='months'
            label={s.periodLabel}
            hint={s.periodHint}
            value={props.typed ?? (months ? String(months) : '')}
            error={props.error ? s.errors.months : undefined}
            inputmode='numeric'
            class='input-short'
          />
          <button class='button' type='submit'>
            {s.savePeriod}
          </button>
        </form>
      ) : null}
      <h2>{s.wavesCaption}</h2>
      {closed.length ? (
        <div class='table-wrap' role='region' aria-labelledby='closed-caption' tabindex={0}>
          <table>
            <caption id='closed-caption'>{s.wavesCaption}</caption>
            <thead>
              <tr>
                <th scope='col'>{s.wave}</th>
                <th scope='col'>{s.closedOn}</th>
                <th scope='col'>{s.deletedOn}</th>
                {admin ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {closed.map((w) => (
                <tr>
                  <td>{w.label}</td>
                  <td>{w.closedOn ? f.date(w.closedOn) : '–'}</td>
                  <td>
                    {months && w.closedOn ? f.date(deletionDay(w.closedOn, months)) : s.never}
                  </td>
                  {admin ? (
                    <td>
                      <a
                        href={link(`${waveDeletePath(survey.id, w.id)}`)}
                        aria-label={s.deleteWaveLabel(w.label)}
                      >
                        {s.deleteWave}
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.noClosedWaves}</p>
      )}
      <h2>{f.t.archive.heading}</h2>
      <p>{survey.archived ? s.archived : s.active}</p>
      {admin ? (
        <form
          method='post'
          action={link(`/dashboard/surveys/${encodeURIComponent(survey.id)}/archive`)}
        >
          <p class='hint'>{s.archiveHint}</p>
          <input type='hidden' name='archived' value={survey.archived ? '0' : '1'} />
          <button class='button button-secondary' type='submit'>
            {survey.archived ? s.unarchive : s.archive}
          </button>
        </form>
      ) : null}
      {admin ? (
        <>
          <h2>{s.deleteSurvey}</h2>
          <p>{s.deleteSurveyHint}</p>
          {props.waves.some((w) => w.status === 'open') ? (
            <p>{s.openWaveFirst}</p>
          ) : (
            <a class='button button-warning' href={link(surveyDeletePath(survey.id))}>
              {s.deleteSurvey}
            </a>
          )}
        </>
      ) : null}
    </DashboardLayout>
  )
}

export const waveDeletePath = (surveyId: string, waveId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/waves/${encodeURIComponent(waveId)}/delete`

export const surveyDeletePath = (surveyId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/delete`

/**
 * Deleting asks twice: a page that says what goes, then one where the name must be typed.
 * Neither a link nor a single click deletes anything.
 */
export function ConfirmDeletePage(props: {
  what: 'wave' | 'survey'
  /** The wave's label or the survey's slug, to be typed in the second step. */
  name: string
  /** What the page calls it: the wave's label, the survey's title. */
  title: string | { de: string; en: string }
  action: string
  back: string
  step: 1 | 2
  typed?: string
  mismatch?: boolean
  signOut: boolean
}) {
  const s = useFormat().t.retention
  const { lang } = usePage()
  const link = useLink()
  const error = props.mismatch ? s.mismatch(props.name) : undefined
  const shown = typeof props.title === 'string' ? props.title : props.title[lang]
  const heading = props.what === 'wave' ? s.confirmWaveTitle(shown) : s.confirmSurveyTitle(shown)
  return (
    <DashboardLayout
      title={error ? `${s.errorPrefix} ${heading}` : heading}
      signOut={props.signOut}
    >
      <ErrorSummary title={s.problem} problems={error ? [{ field: 'name', text: error }] : []} />
      <h1>{heading}</h1>
      <p>{props.what === 'wave' ? s.consequencesWave : s.consequencesSurvey}</p>
      <p class='warning'>{s.irreversible}</p>
      <form method='post' action={link(props.action)} novalidate>
        {props.step === 2 ? (
          <TextField
            name='name'
            label={s.typeToConfirm(props.name)}
            hint={s.typeHint}
            value={props.typed ?? ''}
            error={error}
            spellcheck={false}
          />
        ) : null}
        <button class={props.step === 2 ? 'button button-warning' : 'button'} type='submit'>
          {props.step === 2 ? s.confirmDelete : s.next}
        </button>
      </form>
      <a href={link(props.back)}>{s.cancel}</a>
    </DashboardLayout>
  )
}
