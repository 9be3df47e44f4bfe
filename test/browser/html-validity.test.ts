import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, inject, it } from 'vitest'
import { seedDashboard } from './dashboard-seed.ts'
import { pagesSaved, savePage } from './pages-seen.ts'

// Runs last (see the sequencer in vitest.browser.config.ts): by then pagesSeen holds every page the suite visited.
const origin = inject('origin')
const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar'
)

interface VnuMessage {
  type: string
  url: string
  lastLine?: number
  message: string
}

/** The Nu Html Checker's errors in these files; warnings are not errors. */
async function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
    { maxBuffer: 64 * 1024 * 1024 }
  )
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages
}

/** Pages no other browser test needs to open, fetched as a browser would get them. */
async function saveOwnPages() {
  const pages = [
    '/s/demo-puls?lang=de',
    '/s/demo-puls?lang=en',
    '/s/demo-puls/danke?lang=de',
    '/barrierefreiheit?lang=de',
    '/barrierefreiheit?lang=en',
    '/dashboard',
    '/api',
    '/nirgends',
  ]
  for (const page of pages) {
    const res = await fetch(`${origin}${page}`, { headers: { 'accept-language': 'de-DE' } })
    await savePage(res.url, await res.text())
  }
  // A form sent empty comes back with its error summary (422).
  const form = await (await fetch(`${origin}/s/demo-puls?lang=de`)).text()
  const nonce = /name="_nonce" value="([^"]+)"/.exec(form)![1]
  const invalid = await fetch(`${origin}/s/demo-puls?lang=de`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ _nonce: nonce }).toString(),
  })
  expect(invalid.status).toBe(422)
  await savePage(`${origin}/s/demo-puls/invalid`, await invalid.text())
}

/** Every stored report as HTML, as the dashboard links it and the email carries it. */
async function saveReports(): Promise<number> {
  const authorization = `Bearer ${inject('adminToken')}`
  const { reports } = (await (
    await fetch(`${origin}/api/reports`, { headers: { authorization } })
  ).json()) as { reports: { id: string }[] }
  for (const { id } of reports) {
    const res = await fetch(`${origin}/api/reports/${id}?format=html`, {
      headers: { authorization },
    })
    expect(res.status).toBe(200)
    await savePage(`${origin}/api/reports/${id}`, await res.text())
  }
  return reports.length
}

describe('the HTML Lernraum serves', () => {
  it('has no error the Nu Html Checker finds, on every page the browser suite visited', async () => {
    await saveOwnPages()
    // Closed waves with releases of their own, so that the scheduled run stores their reports.
    await seedDashboard('html-check')
    await fetch(`${origin}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('0 6 * * *')}`)
    expect(await saveReports()).toBeGreaterThan(0)
    const files = await pagesSaved()
    expect(files.length).toBeGreaterThanOrEqual(10)
    const errors = (await vnuErrors(files)).filter((m) => m.type === 'error')
    const readable = errors.map((e) => `${path.basename(e.url)}:${e.lastLine}: ${e.message}`)
    expect(readable).toEqual([])
  })

  it('would see an error the checker knows: the check is live', async () => {
    const probe = path.join(await mkdtemp(path.join(tmpdir(), 'lernraum-vnu-')), 'broken.html')
    await writeFile(probe, '<!DOCTYPE html><html lang=de><title>x</title><p><div></p>')
    expect((await vnuErrors([probe])).filter((m) => m.type === 'error').length).toBeGreaterThan(0)
  })
})
