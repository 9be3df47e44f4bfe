import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { useFormat } from './format.ts'
import { formPath } from './builder/EditorPage.tsx'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import { recipientsPath } from './ReportsPage.tsx'
import { retentionPath } from './RetentionPages.tsx'
import { surveyPath } from './WavesPage.tsx'

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
  const { role } = usePage()
  const link = useLink()
  const t = useFormat().t
  const s = t.surveys
  const active = props.surveys.filter((survey) => !survey.archived)
  const archived = props.surveys.filter((survey) => survey.archived)
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
      {active.length === 0 ? <p>{s.none}</p> : null}
      {active.map((survey) => (
        <SurveySection survey={survey} level={2} />
      ))}
      {archived.length ? (
        <section aria-labelledby='archive'>
          <h2 id='archive'>{t.archive.heading}</h2>
          {archived.map((survey) => (
            <SurveySection survey={survey} level={3} />
          ))}
        </section>
      ) : null}
    </DashboardLayout>
  )
}

/** One survey with its waves, each a link to its findings, and where its data is kept. */
function SurveySection(props: { survey: SurveySummary & { waves: Wave[] }; level: 2 | 3 }) {
  const { lang } = usePage()
  const link = useLink()
  const t = useFormat().t
  const s = t.surveys
  const { survey } = props
  const Heading = props.level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={`survey-${survey.id}`}>
      <Heading id={`survey-${survey.id}`}>{survey.title[lang]}</Heading>
      <p>
        {s.kind[survey.kind] ?? survey.kind} · {s.facts(survey.slug, survey.version)}
        {survey.hideOpenCounts ? ` · ${s.hideOpenCounts}` : ''}
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
      <ul class='survey-links'>
        <li>
          <a
            href={link(formPath(survey.id))}
            aria-label={`${t.builder.editForm}: ${survey.title[lang]}`}
          >
            {t.builder.editForm}
          </a>
        </li>
        <li>
          <a href={link(surveyPath(survey.id, 'waves'))}>{t.waves.link}</a>
        </li>
        <li>
          <a href={link(recipientsPath(survey.id))}>{t.recipients.title}</a>
        </li>
        <li>
          <a href={link(retentionPath(survey.id))}>{t.retention.link}</a>
        </li>
      </ul>
    </section>
  )
}
