import { WAVE_RHYTHMS, type WaveRhythm } from '../db/rhythm.ts'
import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { LEAD_DAYS } from '../waves.ts'
import { ErrorSummary, Radios } from './fields.tsx'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import { wavePath } from './SurveyList.tsx'

export const surveyPath = (surveyId: string, rest: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/${rest}`

export interface WavesPageData {
  survey: SurveySummary
  waves: Wave[]
  rhythm: WaveRhythm
}

/** The breadcrumbs of a survey's waves pages, ending with `title`. */
export function useSurveyCrumbs(survey: SurveySummary, title: string, here: string) {
  const { t } = useFormat()
  const { lang } = usePage()
  return [
    { href: '/dashboard', label: t.surveys.title },
    { href: surveyPath(survey.id, 'waves'), label: t.waves.title(survey.title[lang]) },
    ...(here === surveyPath(survey.id, 'waves') ? [] : [{ href: here, label: title }]),
  ]
}

/** Every wave of a survey with what it answers and when; admins open, close and repeat. */
export function WavesPage(props: { data: WavesPageData; rhythmError?: boolean; signOut: boolean }) {
  const { survey, waves } = props.data
  const f = useFormat()
  const s = f.t.waves
  const { lang, role } = usePage()
  const link = useLink()
  const title = s.title(survey.title[lang])
  const open = waves.find((w) => w.status === 'open')
  const admin = role === 'admin'
  return (
    <DashboardLayout
      title={props.rhythmError ? s.errorTitle(survey.title[lang]) : title}
      signOut={props.signOut}
      crumbs={useSurveyCrumbs(survey, title, surveyPath(survey.id, 'waves'))}
    >
      <h1>{title}</h1>
      <ErrorSummary
        title={s.problem}
        problems={props.rhythmError ? [{ field: 'rhythm', text: s.errors.rhythm }] : []}
      />
      <p>{s.intro}</p>
      {waves.length ? <WaveTable survey={survey} waves={waves} /> : <p>{s.none}</p>}
      {admin && open ? <p>{s.stillOpen}</p> : null}
      {admin && !open ? (
        <div class='actions'>
          <a class='button' href={link(surveyPath(survey.id, 'waves/new'))}>
            {s.open}
          </a>
          {waves.length ? (
            <a class='button' href={link(surveyPath(survey.id, 'waves/next'))}>
              {s.next}
            </a>
          ) : null}
        </div>
      ) : null}
      {admin && !open && waves.length ? <p>{s.nextHint}</p> : null}
      <Rhythm surveyId={survey.id} rhythm={props.data.rhythm} error={props.rhythmError} />
    </DashboardLayout>
  )
}

function WaveTable({ survey, waves }: { survey: SurveySummary; waves: Wave[] }) {
  const f = useFormat()
  const s = f.t.waves
  const { role } = usePage()
  const link = useLink()
  return (
    <div class='table-wrap' role='region' aria-labelledby='waves-caption' tabindex={0}>
      <table>
        <caption id='waves-caption'>{s.caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{s.label}</th>
            <th scope='col'>{s.mode}</th>
            <th scope='col'>{s.formVersion}</th>
            <th scope='col'>{s.opensOn}</th>
            <th scope='col'>{s.closesOn}</th>
            <th scope='col'>{s.state}</th>
            <th scope='col'>{s.actions}</th>
          </tr>
        </thead>
        <tbody>
          {[...waves].reverse().map((w) => (
            <tr>
              <td>
                <a href={link(wavePath(survey.id, w.id))} aria-label={s.findings(w.label)}>
                  {w.label}
                </a>
              </td>
              <td>{s.modes[w.mode]}</td>
              <td class='num'>{w.formVersion ?? '–'}</td>
              <td>{w.opensOn ? f.date(w.opensOn) : s.immediately}</td>
              <td>{w.closesOn ? f.date(w.closesOn) : s.noEnd}</td>
              <td>{f.t.surveys.status[w.status]}</td>
              <td>
                {w.status === 'open' ? (
                  <ul class='inline-list'>
                    {w.mode === 'invitations' ? (
                      <li>
                        <a
                          href={link(surveyPath(survey.id, 'invitations'))}
                          aria-label={s.invitationsLabel(w.label)}
                        >
                          {s.invitations}
                        </a>
                      </li>
                    ) : null}
                    {role === 'admin' ? (
                      <li>
                        <a
                          href={link(
                            surveyPath(survey.id, `waves/${encodeURIComponent(w.id)}/close`)
                          )}
                          aria-label={s.closeLabel(w.label)}
                        >
                          {s.close}
                        </a>
                      </li>
                    ) : null}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Rhythm(props: { surveyId: string; rhythm: WaveRhythm; error?: boolean }) {
  const s = useFormat().t.waves
  const { role } = usePage()
  const link = useLink()
  return (
    <section aria-labelledby='rhythm-heading'>
      <h2 id='rhythm-heading'>{s.rhythm}</h2>
      <p>{s.rhythmHint(LEAD_DAYS)}</p>
      {role === 'admin' ? (
        <form method='post' action={link(surveyPath(props.surveyId, 'rhythm'))} novalidate>
          <Radios
            name='rhythm'
            legend={s.rhythmLegend}
            choices={WAVE_RHYTHMS.map((r) => ({ value: r, label: s.rhythms[r] }))}
            checked={props.rhythm}
            error={props.error ? s.errors.rhythm : undefined}
          />
          <button class='button' type='submit'>
            {s.rhythmSubmit}
          </button>
        </form>
      ) : (
        <p>{s.rhythmNow(s.rhythms[props.rhythm])}</p>
      )}
    </section>
  )
}
