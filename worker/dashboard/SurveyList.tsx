import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { DashboardLayout } from './Layout.tsx'

export const wavePath = (surveyId: string, waveId: string) =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/waves/${encodeURIComponent(waveId)}`

/** A wave's label (a link unless it is the page shown) with its state and schedule. */
export function WaveName({ wave, href }: { wave: Wave; href?: string }) {
  const dates = [
    wave.opensOn && `opens ${wave.opensOn}`,
    wave.closesOn && `closes ${wave.closesOn}`,
  ]
  const schedule = dates.filter(Boolean).join(', ')
  return (
    <>
      {href ? <a href={href}>{wave.label}</a> : <span aria-current='page'>{wave.label}</span>}{' '}
      <span class='tag'>{wave.status}</span>
      {schedule ? ` (${schedule})` : null}
    </>
  )
}

/** The start page: every survey with its waves, each wave a link to its findings. */
export function SurveyList(props: {
  surveys: (SurveySummary & { waves: Wave[] })[]
  signOut: boolean
}) {
  return (
    <DashboardLayout title='Surveys' signOut={props.signOut}>
      <h1>Surveys</h1>
      {props.surveys.length === 0 ? <p>There are no surveys yet.</p> : null}
      {props.surveys.map((s) => (
        <section aria-labelledby={`survey-${s.id}`}>
          <h2 id={`survey-${s.id}`}>{s.title.en}</h2>
          <p>
            {s.kind === 'pulse' ? 'Pulse survey' : 'Interview guide'} · link /s/{s.slug} · form
            version {s.version}
            {s.hideOpenCounts ? ' · counts of an open wave stay hidden until it closes' : ''}
          </p>
          {s.waves.length ? (
            <ul class='wave-list'>
              {[...s.waves].reverse().map((w) => (
                <li>
                  <WaveName wave={w} href={wavePath(s.id, w.id)} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No wave has been opened yet.</p>
          )}
        </section>
      ))}
    </DashboardLayout>
  )
}
