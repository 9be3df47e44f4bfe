import { withLocalDb } from '../../worker/cli/local.ts'
import { prepareLocalDatabase } from '../../worker/cli/prepare.ts'
import { installForm } from '../../worker/db/install.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { benchForm, benchIds, syntheticResponse } from './report-data.ts'
import { progress } from './report.ts'

/**
 * A fresh local D1 as `npm start` prepares it, plus the bench copy of the pulse survey and
 * a researcher token to read the stored reports with. Answers the token.
 */
export async function prepareReportDatabase(persistTo: string): Promise<string> {
  await prepareLocalDatabase(persistTo)
  return withLocalDb(persistTo, async (env) => {
    await installForm(env.DB, benchForm(), benchIds)
    // An open-link wave is released only at close; an invitation wave with each report run,
    // as the weekly report of a running wave needs. Its responses carry no invitation anyway.
    await env.DB.prepare("UPDATE waves SET mode = 'invitations' WHERE id = ?1")
      .bind(benchIds.wave)
      .run()
    const label = { label: 'bench', role: 'researcher' } as const
    return (await createApiToken(env.DB, label, '2027-01-01')).token
  })
}

// D1 refuses a statement over 100 KB (SQLITE_TOOBIG).
const MAX_STATEMENT = 90_000
const STATEMENTS_PER_BATCH = 10
const PROGRESS_EVERY = 10_000

const literal = (v: string | number) =>
  typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`

/**
 * Stores synthetic responses `from` to `to` (exclusive) of the bench wave. Rows go in as
 * multi-row INSERTs with literal values, ten to a batch: measured on 50 000 responses
 * (350 000 answers) that took 9.7 s, a generated SQL file through `wrangler d1 execute
 * --local --file` 10.3 s, and single-row bound statements in batches about 50 times as long.
 */
export async function seedResponses(db: D1Database, from: number, to: number): Promise<void> {
  let batch: D1PreparedStatement[] = []
  for (const chunk of chunks(from, to)) {
    batch.push(...chunk.statements.map((sql) => db.prepare(sql)))
    const report = chunk.upTo % PROGRESS_EVERY === 0 || chunk.upTo === to
    if (batch.length >= STATEMENTS_PER_BATCH || report) {
      await db.batch(batch)
      batch = []
    }
    if (report) progress(`seeding ${count(chunk.upTo)} / ${count(to)} …`)
  }
}

/** Responses `from` to `to` as pairs of INSERTs below D1's size limit; `upTo` counts them. */
function* chunks(from: number, to: number) {
  let responses: string[] = []
  let answers: string[] = []
  let size = 0
  const chunk = (upTo: number) => {
    const statements = [
      `INSERT INTO responses (id, survey_id, wave_id, form_version) VALUES ${responses.join(',')}`,
      `INSERT INTO answers (response_id, question_id, value) VALUES ${answers.join(',')}`,
    ]
    ;[responses, answers, size] = [[], [], 0]
    return { statements, upTo }
  }
  for (let i = from; i < to; i++) {
    const { id, answers: values } = syntheticResponse(i)
    const rows = Object.entries(values).map(
      ([question, value]) => `(${[id, question, JSON.stringify(value)].map(literal).join(',')})`
    )
    const rowsSize = rows.reduce((a, r) => a + r.length + 1, 0)
    if (size + rowsSize > MAX_STATEMENT) yield chunk(i)
    responses.push(`(${[id, benchIds.survey, benchIds.wave, 1].map(literal).join(',')})`)
    answers.push(...rows)
    size += rowsSize
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === to) yield chunk(i + 1)
  }
}

/**
 * Drops the bench survey's reports, its wave's releases and every tally: the next report cuts
 * a release and tallies as a first one. Without the releases gone, a run finds the release of
 * the run before covering every response, cuts none and tallies nothing.
 */
export async function forgetReports(db: D1Database): Promise<void> {
  await db.batch([
    db
      .prepare(
        'DELETE FROM outbox WHERE report_id IN (SELECT id FROM reports WHERE survey_id = ?1)'
      )
      .bind(benchIds.survey),
    db.prepare('DELETE FROM reports WHERE survey_id = ?1').bind(benchIds.survey),
    db.prepare('DELETE FROM releases WHERE wave_id = ?1').bind(benchIds.wave),
    db.prepare('DELETE FROM tallied_responses'),
    db.prepare('DELETE FROM wave_tallies'),
    db.prepare('DELETE FROM wave_terms'),
  ])
}

export interface StoredState {
  reports: { period: string; status: string; responses: number | null }[]
  talliedResponses: number
}

/** The bench survey's reports and how many of its responses are tallied. */
export async function storedState(db: D1Database): Promise<StoredState> {
  const [reports, tallied] = await db.batch<Record<string, unknown>>([
    db
      .prepare('SELECT period, status, responses FROM reports WHERE survey_id = ?1')
      .bind(benchIds.survey),
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM tallied_responses t JOIN responses r ON r.id = t.response_id WHERE r.survey_id = ?1'
      )
      .bind(benchIds.survey),
  ])
  return {
    reports: reports.results as StoredState['reports'],
    talliedResponses: tallied.results[0].n as number,
  }
}

/** 40000 as "40 000". */
export const count = (n: number) => n.toLocaleString('en-US').replaceAll(',', ' ')
