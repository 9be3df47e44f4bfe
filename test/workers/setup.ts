import { applyD1Migrations, env } from 'cloudflare:test'
import { afterAll, expect } from 'vitest'
import { installShippedForms } from '../../worker/db/shipped.ts'
import { captureLogs, leaksIn } from './log-capture.ts'
import { wireFaults } from './mail-wire.ts'

// Setup files may run more than once; both steps leave what is already there alone.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
await installShippedForms(env.DB)

// Suite-wide: no line logged while a test file runs (by the Worker or the tests) may hold an
// answer, a token or a ministry. Checked after each file, so every file of the suite is.
const logs = captureLogs()
const from = logs.lines.length
afterAll(() => {
  expect(leaksIn(logs.lines.slice(from), logs.secrets), 'log lines that leak').toEqual([])
})

// Suite-wide: every email a test file queued for sending must pass a strict mail system.
afterAll(async () => {
  const { results } = await env.DB.prepare('SELECT recipient, raw FROM outbox').all<{
    recipient: string
    raw: string
  }>()
  const faults = results.flatMap((m) => wireFaults(m.raw).map((f) => `${m.recipient}: ${f}`))
  expect(faults, 'emails unfit for the wire').toEqual([])
})
