import {
  codeAnswer,
  DEFAULT_CODEBOOK_VERSION,
  emergingTerms,
} from '../../../analysis/coding/index.ts'
import { disclosureConfig } from '../../../analysis/disclosure.ts'
import { reportHtml } from '../../../analysis/render/html.ts'
import { reportText } from '../../../analysis/render/text.ts'
import { buildReport } from '../../../analysis/report.ts'
import type { CodedText } from '../../../analysis/themes.ts'
import { questionsOf } from '../../../forms/schema.ts'
import { waveResponses } from '../../../worker/db/answers.ts'
import { storeCodings, textAnswers } from '../../../worker/db/coding.ts'
import { codebookFor } from '../../../worker/reports/codebook.ts'
import { benchForm, benchIds, BENCH_SLUG } from '../report-data.ts'

interface ProbeEnv {
  DB: D1Database
  MIN_GROUP_SIZE: string
  MIN_GROUP_SIZE_QUOTES: string
}

// Stored under a version no survey uses, and removed again: the bench's D1 stays as it was.
const PROBE_VERSION = 'bench-probe'

/**
 * The steps of a full report (worker/reports/build.ts) one by one, every answer coded as on
 * a first run, each timed. workerd's clock stands still while code runs and moves on only
 * with I/O, so each lap ends with a trivial D1 query.
 */
async function phases(db: D1Database, env: ProbeEnv) {
  const form = benchForm()
  const laps: Record<string, number> = {}
  const now = async () => (await db.prepare('SELECT 1').first(), Date.now())
  let last = await now()
  const lap = async (name: string) => {
    const t = await now()
    laps[name] = (t - last) / 1000
    last = t
  }
  const { codebook, compiled } = await codebookFor(db, DEFAULT_CODEBOOK_VERSION)
  await lap('compile codebook')
  const responses = await waveResponses(db, benchIds.wave)
  await lap('read responses')
  const sides = new Map(
    questionsOf(form)
      .filter((q) => q.kind === 'long_text' || q.kind === 'short_text')
      .map((q) => [q.id, 'side' in q ? q.side : undefined])
  )
  const answers = await textAnswers(db, benchIds.wave, [...sides.keys()], codebook.version)
  await lap('read texts')
  const codings = answers.map((a) => ({
    responseId: a.responseId,
    questionId: a.questionId,
    themes: JSON.stringify(codeAnswer(compiled, a.text)),
  }))
  const coded: CodedText[] = answers.map((a, i) => ({
    text: a.text,
    side: sides.get(a.questionId),
    themes: JSON.parse(codings[i].themes),
  }))
  await lap('code texts')
  await storeCodings(db, PROBE_VERSION, codings)
  await lap('store codings')
  const texts = coded.map((c) => c.text)
  emergingTerms(compiled, texts, { limit: 20 })
  await lap('emerging terms alone')
  const report = buildReport({
    survey: { id: benchIds.survey, slug: BENCH_SLUG, title: form.title },
    period: 'probe',
    generatedOn: '2027-01-01',
    form,
    wave: { id: benchIds.wave, label: 'Demo', responses, status: 'open' },
    previous: null,
    coded,
    previousCoded: null,
    codebook: { version: codebook.version, themes: codebook.themes },
    compiled,
    coverage: { invited: 0, completed: 0, ministriesInvited: 0, ministriesAnswered: 0 },
    config: disclosureConfig(env),
    seed: 'probe',
  })
  await lap('build model, emerging terms included')
  JSON.stringify(report)
  reportText(report, 'de')
  reportHtml(report, 'de')
  await lap('render')
  await db
    .prepare('DELETE FROM coded_answers WHERE codebook_version = ?1')
    .bind(PROBE_VERSION)
    .run()
  return { responses: responses.length, texts: answers.length, seconds: laps }
}

export default {
  fetch: async (request: Request, env: ProbeEnv) =>
    new URL(request.url).pathname === '/phases'
      ? Response.json(await phases(env.DB, env))
      : new Response(null, { status: 204 }),
}
