import { topMovers } from '../../analysis/movers.ts'
import { questionsOf } from '../../forms/schema.ts'
import type { FindingsView } from '../findings.ts'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import type { WavePageData } from './load.ts'
import { useLink, usePage } from './messages/index.ts'
import { surveyPath } from './WavesPage.tsx'
import { Participation } from './Participation.tsx'
import { QuestionFinding } from './QuestionFinding.tsx'
import { Readiness } from './Readiness.tsx'
import { ChangesView, ReleasedTextsView } from './ReportBody.tsx'
import { WaveName, wavePath } from './SurveyList.tsx'
import { Trend } from './Trend.tsx'

function Downloads({ surveyId, waveId }: { surveyId: string; waveId: string }) {
  const { t } = useFormat()
  const base = `/api/surveys/${encodeURIComponent(surveyId)}/findings?wave=${encodeURIComponent(waveId)}`
  return (
    <section aria-labelledby='downloads'>
      <h2 id='downloads'>{t.wave.downloads}</h2>
      <ul class='inline-list'>
        <li>
          <a href={`${base}&format=csv`} download>
            {t.wave.csv}
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
  const { t } = useFormat()
  const link = useLink()
  return (
    <nav aria-labelledby='waves'>
      <h2 id='waves'>{t.wave.waves}</h2>
      <p>
        <a href={link(surveyPath(data.survey.id, 'waves'))}>{t.waves.link}</a>
      </p>
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

/** What the figures stand for: how many responses, the threshold, the release they come from. */
function FindingsBasis({
  view,
  wave,
  releasedOn,
}: {
  view: Exclude<FindingsView, { hidden: true }>
  wave: WavePageData['wave']
  releasedOn: string | null
}) {
  const f = useFormat()
  const w = f.t.wave
  const { responses, thresholds, previousWave } = view.findings
  const k = thresholds.minGroupSize
  return (
    <>
      <p>
        {responses.shown
          ? w.basedOn(f.t.responses(responses.value))
          : w.tooFew(f.note(responses.note))}{' '}
        {w.groupRule(k)} {w.releaseRule(k)}{' '}
        {view.release === null
          ? w.noRelease
          : w.release(view.release, releasedOn && f.date(releasedOn))}
        {previousWave ? ` ${w.previousWave(previousWave.label)} ${w.changeMethod}` : ''}
      </p>
      {wave.mode === 'open' ? <p class='suppressed'>{w.openLink}</p> : null}
    </>
  )
}

function Findings({ data }: { data: WavePageData }) {
  const f = useFormat()
  const { view } = data
  if (view.hidden)
    return (
      <>
        <p class='suppressed'>{f.t.wave.hidden(f.note(view.note))}</p>
        <Trend trend={data.trend} />
      </>
    )
  const questions = questionsOf(data.form)
  return (
    <>
      <FindingsBasis view={view} wave={data.wave} releasedOn={data.releasedOn} />
      {data.texts ? (
        <ChangesView
          report={{
            findings: view.findings,
            movers: topMovers({ findings: view.findings, themes: data.texts.themes }),
            newTerms: data.texts.newTerms,
          }}
          level={2}
        />
      ) : null}
      <Readiness readiness={view.findings.readiness} />
      <Trend trend={data.trend} />
      {data.texts ? (
        <section aria-labelledby='texts'>
          <h2 id='texts'>{f.t.wave.texts}</h2>
          <p>{f.t.wave.textsRule(view.findings.thresholds.minGroupSizeQuotes)}</p>
          <ReleasedTextsView texts={data.texts} level={3} />
        </section>
      ) : null}
      <section aria-labelledby='questions'>
        <h2 id='questions'>{f.t.wave.questions}</h2>
        {view.findings.questions.map((q) => (
          <QuestionFinding finding={q} question={questions.find((x) => x.id === q.id)} />
        ))}
      </section>
    </>
  )
}

/** A wave of a survey: coverage, findings with charts, trend, and the downloads. */
export function WavePage({ data, signOut }: { data: WavePageData; signOut: boolean }) {
  const { lang } = usePage()
  const { t } = useFormat()
  const title = `${data.survey.title[lang]}: ${data.wave.label}`
  return (
    <DashboardLayout
      title={title}
      signOut={signOut}
      crumbs={[
        { href: '/dashboard', label: t.surveys.title },
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
