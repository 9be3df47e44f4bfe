import { compileCodebook, loadCodebook } from '../../../analysis/coding/index.ts'
import { disclosureConfig } from '../../../analysis/disclosure.ts'
import { seededRandom } from '../../../analysis/random.ts'
import { reportHtml } from '../../../analysis/render/html.ts'
import { reportText } from '../../../analysis/render/text.ts'
import { buildReport, REPORT_TERMS } from '../../../analysis/report.ts'
import { addAnswers } from '../../../analysis/tally/answers.ts'
import { emptyWaveTally, encodeTally, foldResponses } from '../../../analysis/tally/index.ts'
import {
  ANSWERS_OBJECT,
  readTally,
  tallyStatements,
  untalliedPages,
  type Untallied,
} from '../../../worker/db/tallies.ts'
import { rankableTerms, rankableTermsStatement } from '../../../worker/db/terms.ts'
import shippedJson from '../../../worker/assets/codebooks/default.v1.json'
import { benchForm, benchIds, BENCH_SLUG } from '../report-data.ts'

interface ProbeEnv {
  DB: D1Database
  MIN_GROUP_SIZE: string
  MIN_GROUP_SIZE_QUOTES: string
}

// A basis no report uses: every response of the wave counts as not yet tallied.
const PROBE_BASIS = 'bench-probe'

/**
 * The steps of a full report (worker/reports/build.ts and tally.ts) one by one, every
 * response tallied from scratch as on a first run, each timed. workerd's clock stands still
 * while code runs and moves on only with I/O, so each lap ends with a trivial D1 query.
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
  // Bundled into the probe, as the Worker's own read through ASSETS is not what is timed here.
  const codebook = loadCodebook('default.v1.json', shippedJson)
  const compiled = compileCodebook(codebook)
  await lap('compile codebook')
  // The same answers built by SQLite but not sent: what reading them costs beyond moving them.
  await db
    .prepare(`SELECT sum(length(${ANSWERS_OBJECT})) AS chars FROM responses r WHERE r.wave_id = ?1`)
    .bind(benchIds.wave)
    .first()
  await lap('build responses in SQL, none sent')
  const stored = await readTally(db, benchIds.wave, PROBE_BASIS, REPORT_TERMS)
  // All pages at once here, where the report folds each as it comes: the laps stay apart.
  const untallied: Untallied[] = []
  for await (const page of untalliedPages(db, benchIds.wave, PROBE_BASIS, stored.untallied))
    untallied.push(...page)
  const responses = untallied.map((r) => r.answers)
  await lap('read responses')
  addAnswers(emptyWaveTally().answers, form, responses)
  await lap('tally answers alone')
  const tally = foldResponses(emptyWaveTally(), form, compiled, responses, seededRandom('probe'))
  await lap('tally answers and texts')
  const body = encodeTally(tally)
  await lap('encode tally')
  const save = {
    waveId: benchIds.wave,
    basis: PROBE_BASIS,
    read: stored.generation,
    generation: 'probe',
    body,
    terms: tally.texts.terms,
    responseIds: untallied.map((r) => r.id),
    startsOver: true,
  }
  // The last statement fails, so the batch writes everything and then rolls it back: the
  // bench's D1 stays as it was.
  const rollback = db.prepare(`SELECT json('probe: roll back')`)
  await db.batch([...tallyStatements(db, save), rollback]).catch(() => {})
  await lap('store tally, rolled back')
  const rankable = await db.batch([rankableTermsStatement(db, benchIds.wave, REPORT_TERMS)])
  tally.texts.terms = rankableTerms(rankable[0].results)
  await lap('read rankable terms')
  // What an incremental run reads where the bench's last report left its tally.
  const basis = await db
    .prepare('SELECT basis FROM wave_tallies WHERE wave_id = ?1 AND part = 0')
    .bind(benchIds.wave)
    .first<string>('basis')
  if (basis !== null) {
    await readTally(db, benchIds.wave, basis, REPORT_TERMS)
    await lap('read stored tally and untallied responses')
  }
  const report = buildReport({
    survey: { id: benchIds.survey, slug: BENCH_SLUG, title: form.title },
    period: 'probe',
    generatedOn: '2027-01-01',
    form,
    wave: { id: benchIds.wave, label: 'Demo', tally, status: 'open' },
    previous: null,
    codebook: { version: codebook.version, themes: codebook.themes },
    coverage: { invited: 0, completed: 0, ministriesInvited: 0, ministriesAnswered: 0 },
    config: disclosureConfig(env),
    seed: 'probe',
  })
  await lap('build model from tally')
  JSON.stringify(report)
  reportText(report, 'de')
  reportHtml(report, 'de')
  await lap('render')
  return {
    responses: responses.length,
    texts: tally.texts.themes.answers,
    tallyChars: body.length,
    seconds: laps,
  }
}

export default {
  fetch: async (request: Request, env: ProbeEnv) =>
    new URL(request.url).pathname === '/phases'
      ? Response.json(await phases(env.DB, env))
      : new Response(null, { status: 204 }),
}
