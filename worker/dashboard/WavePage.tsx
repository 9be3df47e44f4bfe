import { questionsOf } from '../../forms/schema.ts'
import type { FindingsView } from '../findings.ts'
import { DashboardLayout } from './Layout.tsx'
import type { WavePageData } from './load.ts'
import { Participation } from './Participation.tsx'
import { QuestionFinding } from './QuestionFinding.tsx'
import { Readiness } from './Readiness.tsx'
import { WaveName, wavePath } from './SurveyList.tsx'
import { noteOf } from './format.ts'
import { Trend } from './Trend.tsx'

function Downloads({ surveyId, waveId }: { surveyId: string; waveId: string }) {
  const base = `/api/surveys/${encodeURIComponent(surveyId)}/findings?wave=${encodeURIComponent(waveId)}`
  return (
    <section aria-labelledby='downloads'>
      <h2 id='downloads'>Download the findings</h2>
      <ul class='inline-list'>
        <li>
          <a href={`${base}&format=csv`} download>
            CSV for Excel (semicolon-separated)
          </a>
        </li>
        <li>
          <a href={`${base}&format=json`}>JSON</a>
        </li>
      </ul>
    </section>
  )
}

function WaveNav({ data }: { data: WavePageData }) {
  return (
    <nav aria-labelledby='waves'>
      <h2 id='waves'>Waves</h2>
      <ul class='inline-list'>
        {data.waves.map((w) => (
          <li>
            <WaveName
              wave={w}
              href={w.id === data.wave.id ? undefined : wavePath(data.survey.id, w.id)}
            />
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** What the figures stand for: how many responses, the threshold, and when they renew. */
function FindingsBasis({
  view,
  wave,
}: {
  view: Exclude<FindingsView, { hidden: true }>
  wave: WavePageData['wave']
}) {
  const f = view.findings
  const k = f.thresholds.minGroupSize
  const openLink = wave.mode === 'open'
  return (
    <>
      <p>
        {f.responses.shown
          ? `The findings are based on ${f.responses.value} responses.`
          : `Findings: ${noteOf(f.responses.note)} responses, too few to show any figure.`}{' '}
        Every figure stands for a group of at least {k} answers; a smaller group shows only a note.
        Answers become readable in batches of at least {k}, and every output shows the wave's latest
        release of figures: a figure is renewed only once its group grew by at least {k}.
        {view.release === null ? '' : ` These figures are release ${view.release} of this wave.`}
        {view.renewsAfter === null || openLink || wave.status === 'closed'
          ? ''
          : ` The next release comes with at least ${view.renewsAfter} responses.`}
        {f.previousWave ? ` Changes are against the wave ${f.previousWave.label}.` : ''}
      </p>
      {openLink ? (
        <p class='suppressed'>
          Open-link wave: anyone with the link can answer, as often as they like, so it protects
          less than an invitation wave. Its figures are released once, when it closes.
        </p>
      ) : null}
    </>
  )
}

function Findings({ data }: { data: WavePageData }) {
  const { view } = data
  if (view.hidden)
    return (
      <>
        <p class='suppressed'>Findings: {noteOf(view.note)}.</p>
        <Trend trend={data.trend} />
      </>
    )
  const f = view.findings
  const questions = questionsOf(data.form)
  return (
    <>
      <FindingsBasis view={view} wave={data.wave} />
      <Readiness readiness={f.readiness} />
      <Trend trend={data.trend} />
      <section aria-labelledby='questions'>
        <h2 id='questions'>Questions</h2>
        {f.questions.map((q) => (
          <QuestionFinding finding={q} question={questions.find((x) => x.id === q.id)} />
        ))}
      </section>
    </>
  )
}

/** A wave of a survey: coverage, findings with charts, trend, and the downloads. */
export function WavePage({ data, signOut }: { data: WavePageData; signOut: boolean }) {
  const title = `${data.survey.title.en}: ${data.wave.label}`
  return (
    <DashboardLayout
      title={title}
      signOut={signOut}
      crumbs={[
        { href: '/dashboard', label: 'Surveys' },
        { href: wavePath(data.survey.id, data.wave.id), label: title },
      ]}
    >
      <h1>{title}</h1>
      <WaveNav data={data} />
      <Downloads surveyId={data.survey.id} waveId={data.wave.id} />
      <Participation view={data.participation} />
      <Findings data={data} />
    </DashboardLayout>
  )
}
