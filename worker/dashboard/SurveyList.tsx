import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { useFormat } from './format.ts'
import { formPath } from './builder/EditorPage.tsx'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'

export const wavePath = (surveyId: string, waveId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/waves/${encodeURIComponent(waveId)}`

/** A wave's label (a link unless it is the page shown) with its state and schedule. */
export function WaveName({ wave, href }: { wave: Wave; href?: string }) {
  const f = useFormat()
  const link = useLink()
  const s = f.t.surveys
  const dates = [
    wave.opensOn && s.opens(f.date(wave.opensOn)),
    wave.closesOn && s.closes(f.date(wave.closesOn)),
  ]
  const schedule = dates.filter(Boolean).join(', ')
  return (
    <>
      {href ? <a href={link(href)}>{wave.label}</a> : <span aria-current='page'>{wave.label}</span>}{' '}
      <span class='tag'>{s.status[wave.status]}</span>
      {schedule ? ` (${schedule})` : null}
    </>
  )
}

/** The start page: every survey with its waves, each wave a link to its findings. */
export function SurveyList(props: {
  surveys: (SurveySummary & { waves: Wave[] })[]
  signOut: boolean
}) {
  const { lang, role } = usePage()
  const { t } = useFormat()
  const s = t.surveys
  const link = useLink()
  return (
    <DashboardLayout title={s.title} signOut={props.signOut}>
      <h1>{s.title}</h1>
      {role === 'admin' ? (
        <p>
          <a class='button' href={link('/dashboard/surveys/new')}>
            {t.builder.newSurvey}
          </a>
        </p>
      ) : null}
      {props.surveys.length === 0 ? <p>{s.none}</p> : null}
      {props.surveys.map((survey) => (
        <section aria-labelledby={`survey-${survey.id}`}>
          <h2 id={`survey-${survey.id}`}>{survey.title[lang]}</h2>
          <p>
            {s.kind[survey.kind] ?? survey.kind} · {s.facts(survey.slug, survey.version)}
            {survey.hideOpenCounts ? ` · ${s.hideOpenCounts}` : ''}
          </p>
          <p>
            <a
              href={link(formPath(survey.id))}
              aria-label={`${t.builder.editForm}: ${survey.title[lang]}`}
            >
              {t.builder.editForm}
            </a>
          </p>
          {survey.waves.length ? (
            <ul class='wave-list'>
              {[...survey.waves].reverse().map((w) => (
                <li>
                  <WaveName wave={w} href={wavePath(survey.id, w.id)} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{s.noWaves}</p>
          )}
        </section>
      ))}
    </DashboardLayout>
  )
}
