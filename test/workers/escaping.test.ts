import { env } from 'cloudflare:test'
import { csvRows } from './csv-read.ts'
import fc from 'fast-check'
import PostalMime from 'postal-mime'
import { beforeAll, describe, expect, it } from 'vitest'
import { findingsCsv } from '../../analysis/findings-csv.ts'
import { reportCsv } from '../../analysis/render/csv.ts'
import { reportHtml } from '../../analysis/render/html.ts'
import { reportLabels } from '../../analysis/render/labels.ts'
import { reportText } from '../../analysis/render/text.ts'
import type { Report } from '../../analysis/report.ts'
import type { WaveFindings } from '../../analysis/report-model.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { composeEmail } from '../../worker/email.ts'
import { runReports } from '../../worker/reports/run.ts'
import { api, tokenFor } from './api-helpers.ts'
import { sessionFor, visit } from './dashboard-helpers.ts'
import { withTexts } from './fuzz-definitions.ts'
import {
  attacks,
  expectPlainPage,
  FUZZ_TIMEOUT,
  fuzzRuns,
  hostileText,
  RAW_MARKUP,
  SEED,
} from './fuzz-helpers.ts'
import { openForm, post, validPulse } from './helpers.ts'

const MONDAY = new Date('2026-11-23T06:00:00Z')
const MARKUP = attacks.filter((a) => RAW_MARKUP.test(a))
const FORMULAS = attacks.filter((a) => /^[=+\-@\t\r]/.test(a))
/** A wave label that would add a Bcc header if a subject line took it raw. */
const INJECTING = '<script>alert(1)</script>\r\nBcc: evil@evil.example'

/** A report email as composed for sending, parsed back as a mail client would. */
const mailOf = (subject: string, text: string, html: string) =>
  PostalMime.parse(
    composeEmail({
      from: env.REPORT_FROM,
      to: env.REPORT_TO,
      subject,
      text,
      html,
      date: MONDAY,
      messageId: 'fuzz@lernraum.example',
    })
  )
const headerNames = (mail: { headers: { key: string }[] }) => mail.headers.map((h) => h.key).sort()

/** Text as a page shows it: Hono's JSX and the report's `esc` escape the same five characters. */
const escaped = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

/** No cell a spreadsheet would run: a formula start is neutralised unless the cell is a number. */
function expectSafeCsv(csv: string) {
  const cells = csvRows(csv).flat()
  const unsafe = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+(,\d+)?$/.test(c))
  expect(unsafe).toEqual([])
  return cells
}

/** An HTML output: no markup of an attack, and the attacks it shows shown escaped. */
function expectEscaped(html: string) {
  expect(html).not.toMatch(RAW_MARKUP)
  expect(html).toContain(escaped(MARKUP[0]))
}

/** What the form stores of a typed text; it refuses control characters and overlong ones. */
const stored = (t: string) => t.replace(/\r\n?/g, '\n').trim()
const storable = (t: string) =>
  [...stored(t)].length <= 1500 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(t)

/** Free texts: every attack a form accepts, then generated hostile text it accepts. */
const freeTexts = [
  ...attacks.filter(storable),
  ...fc.sample(hostileText.filter(storable), { seed: SEED, numRuns: 20 }),
]

describe('stored hostile text in every output', () => {
  let admin: string
  let surveyId: string
  const waves: string[] = []

  /** Submits the pulse through its open link with these free texts; the submit must be stored. */
  async function submit(helped: string, hindered: string) {
    const nonce = await openForm('/s/escaping')
    const fields = validPulse.filter(([name]) => name !== 'helped' && name !== 'hindered')
    const res = await post('/s/escaping', [
      ['_nonce', nonce],
      ...fields,
      ['helped', helped],
      ['hindered', hindered],
    ])
    expect(res.status).toBe(303)
  }

  beforeAll(async () => {
    admin = await tokenFor('admin')
    // Every text a person reads in the form is an attack: labels, options, titles.
    const definition = {
      ...(withTexts(demoPuls, [...MARKUP, ...FORMULAS]) as object),
      slug: 'escaping',
    }
    const created = await api('/surveys', { token: admin, json: { definition } })
    surveyId = ((await created.json()) as { survey: { id: string } }).survey.id
    const labels = [INJECTING, FORMULAS[0]]
    for (const [w, label] of labels.entries()) {
      const opened = await api(`/surveys/${surveyId}/waves`, {
        token: admin,
        json: { label, mode: 'open' },
      })
      waves.push(((await opened.json()) as { wave: { id: string } }).wave.id)
      // Markup in every quote of the enabler side, so the five shown all carry some.
      for (const [i, text] of freeTexts.entries())
        if (i % 2 === w) await submit(`${MARKUP[i % MARKUP.length]} ${i}`, text)
      // Closed, so that every pooled submit is readable in the wave's report.
      await api(`/surveys/${surveyId}/waves/${waves[w]}`, {
        token: admin,
        method: 'PATCH',
        json: { status: 'closed' },
      })
    }
    const themes = [MARKUP[0], FORMULAS[0]].map((label, i) => ({
      id: `t${i}`,
      side: i ? 'barrier' : 'enabler',
      label: { de: label, en: label },
      description: { de: label, en: label },
      signals: { de: ['alert'], en: ['alert'] },
    }))
    const codebook = await api(`/surveys/${surveyId}/codebook`, {
      token: admin,
      method: 'PUT',
      json: { codebook: { version: 'escaping-1', themes } },
    })
    expect(codebook.status).toBe(200)
  })

  it('escapes them in the emailed report, and no label reaches a mail header', async () => {
    const run = await runReports(env, MONDAY, { only: 'escaping' })
    expect(run.reportIds).toHaveLength(2)
    for (const id of run.reportIds) {
      const raw = await env.DB.prepare('SELECT raw FROM outbox WHERE report_id = ?1')
        .bind(id)
        .first<string>('raw')
      const mail = await PostalMime.parse(raw!)
      expectEscaped(mail.html!)
      expect(mail.to).toEqual([expect.objectContaining({ address: env.REPORT_TO })])
      expect(mail.bcc).toBeUndefined()
      expect(mail.headers.map((h) => h.key)).not.toContain('bcc')
      const model = (await (await api(`/reports/${id}`, { token: admin })).json()) as {
        report: Report
      }
      const { enabler, barrier } = model.report.quotes
      const quotes = [enabler, barrier].flatMap((q) => (q.shown ? q.value : []))
      expect(quotes.length).toBeGreaterThan(5)
      for (const q of quotes) expect(mail.html).toContain(escaped(q))
      // The same report through the API: HTML escaped, CSV safe.
      const html = await (await api(`/reports/${id}?format=html`, { token: admin })).text()
      expectEscaped(html)
      for (const q of quotes) expect(html).toContain(escaped(q))
      const csv = await (await api(`/reports/${id}?format=csv`, { token: admin })).text()
      expect(expectSafeCsv(csv)).toContain(`'${FORMULAS[0]}`)
    }
  })

  it('neutralises them in the findings CSV of every wave', async () => {
    for (const wave of waves) {
      const res = await api(`/surveys/${surveyId}/findings?wave=${wave}&format=csv`, {
        token: admin,
      })
      expect(res.status).toBe(200)
      const cells = expectSafeCsv(await res.text())
      // Question and option labels are attacks too: some cells hold them, each neutralised.
      expect(cells.filter((c) => FORMULAS.includes(c.slice(1)) && c[0] === "'")).not.toEqual([])
    }
  })

  it('escapes them on the dashboard and on the form a participant sees again', async () => {
    const session = await sessionFor(admin)
    const pages = ['/dashboard', ...waves.map((w) => `/dashboard/surveys/${surveyId}/waves/${w}`)]
    for (const path of pages) {
      const res = await visit(path, session)
      expect(res.status, path).toBe(200)
      expectEscaped(await expectPlainPage(res))
    }
    // Both waves are closed: a third one, so the form can be answered (wrongly) again.
    await api(`/surveys/${surveyId}/waves`, {
      token: admin,
      json: { label: MARKUP[0], mode: 'open' },
    })
    for (const text of attacks) {
      const nonce = await openForm('/s/escaping')
      const res = await post('/s/escaping', [
        ['_nonce', nonce],
        ['helped', text],
      ])
      expect(res.status).toBe(422)
      const page = await expectPlainPage(res)
      expectEscaped(page)
      if (/[<>"'&]/.test(text)) expect(page).toContain(escaped(stored(text)))
    }
  })

  it(
    'renders any stored text escaped in report HTML, safe in CSV, and never in a mail header',
    async () => {
      const model = await env.DB.prepare('SELECT model FROM reports WHERE survey_id = ?1')
        .bind(surveyId)
        .first<string>('model')
      const report = JSON.parse(model!) as Report
      const plainHeaders = headerNames(await mailOf('Lernraum-Bericht', 'text', '<p>text</p>'))
      const texts = fc.array(
        hostileText.filter((t) => t.trim() !== '' && t.length <= 2000),
        {
          minLength: 12,
          maxLength: 12,
        }
      )
      await fc.assert(
        fc.asyncProperty(texts, async (t) => {
          const hostile = {
            ...(withTexts(report, t) as Report),
            period: t[0],
            wave: { ...report.wave, label: t[1] },
          }
          hostile.quotes.enabler = { shown: true, value: t.slice(2, 7) }
          hostile.quotes.barrier = { shown: true, value: t.slice(7) }
          for (const lang of ['de', 'en'] as const) {
            const html = reportHtml(hostile, lang)
            expect(html).not.toMatch(RAW_MARKUP)
            for (const q of t.slice(2)) expect(html).toContain(escaped(q))
            expect(html).toContain(escaped(hostile.survey.title[lang]))
            expectSafeCsv(reportCsv(hostile, lang))
            const findings = {
              ...hostile.findings,
              wave: { ...hostile.findings.wave, label: t[1] },
            }
            expectSafeCsv(findingsCsv(findings as WaveFindings, lang))
          }
          const subject = reportLabels.de.subject(hostile.survey.title.de, hostile.period)
          const mail = await mailOf(subject, reportText(hostile, 'de'), reportHtml(hostile, 'de'))
          expect(headerNames(mail)).toEqual(plainHeaders)
          expect(mail.subject).toBe(subject)
          expect(mail.to).toEqual([expect.objectContaining({ address: env.REPORT_TO })])
          expect(mail.html).not.toMatch(RAW_MARKUP)
        }),
        fuzzRuns(RUNS.renderings)
      )
    },
    FUZZ_TIMEOUT
  )
})

// Inputs of the one property here; the total over all fuzz files is stated in fuzz-admin.test.ts.
const RUNS = { renderings: 300 }
