import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
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
      {props.error ? (
        <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
          <h2 id='error-summary-title'>{s.problem}</h2>
          <ul>
            <li>
              <a href='#months'>{s.errors.months}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <h1>{s.title(survey.title[lang])}</h1>
      <p>{s.intro}</p>
      <h2>{s.period}</h2>
      <p>{months ? s.periodSet(months) : s.periodNone}</p>
      {admin ? (
        <form method='post' action={link(base)} novalidate>
          <div class={props.error ? 'field field-error' : 'field'}>
            <label class='label' for='months'>
              {s.periodLabel}
            </label>
            <p class='hint' id='months-hint'>
              {s.periodHint}
            </p>
            {props.error ? (
              <p class='error-message' id='months-error'>
                <span class='visually-hidden'>{s.errorPrefix}</span> {s.errors.months}
              </p>
            ) : null}
            <input
              type='text'
              inputmode='numeric'
              id='months'
              name='months'
              class='input-short'
              value={props.typed ?? (months ? String(months) : '')}
              aria-describedby={props.error ? 'months-hint months-error' : 'months-hint'}
              aria-invalid={props.error ? 'true' : undefined}
            />
          </div>
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
      {error ? (
        <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
          <h2 id='error-summary-title'>{s.problem}</h2>
          <ul>
            <li>
              <a href='#name'>{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <h1>{heading}</h1>
      <p>{props.what === 'wave' ? s.consequencesWave : s.consequencesSurvey}</p>
      <p class='warning'>{s.irreversible}</p>
      <form method='post' action={link(props.action)} novalidate>
        {props.step === 2 ? (
          <div class={error ? 'field field-error' : 'field'}>
            <label class='label' for='name'>
              {s.typeToConfirm(props.name)}
            </label>
            <p class='hint' id='name-hint'>
              {s.typeHint}
            </p>
            {error ? (
              <p class='error-message' id='name-error'>
                <span class='visually-hidden'>{s.errorPrefix}</span> {error}
              </p>
            ) : null}
            <input
              type='text'
              id='name'
              name='name'
              value={props.typed ?? ''}
              autocomplete='off'
              spellcheck={false}
              aria-describedby={error ? 'name-hint name-error' : 'name-hint'}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
        ) : null}
        <button class={props.step === 2 ? 'button button-warning' : 'button'} type='submit'>
          {props.step === 2 ? s.confirmDelete : s.next}
        </button>
      </form>
      <a href={link(props.back)}>{s.cancel}</a>
    </DashboardLayout>
  )
}
