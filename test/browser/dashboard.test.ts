import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import * as responses from '../../worker/api/responses.ts'
import { useChromium } from './chromium.ts'
import { csvRows } from '../workers/csv-read.ts'
import { checkPage, signIn as signInAs } from './dashboard-check.ts'
import {
  apiFindings,
  seedDashboard,
  seedSurveyWithoutWave,
  type DashboardSeed,
} from './dashboard-seed.ts'

const openPage = useChromium()
let seed: DashboardSeed

beforeAll(async () => {
  seed = await seedDashboard(`dash-browser-${Date.now().toString(36)}`)
})

const wavePath = (wave: string) => `/dashboard/surveys/${seed.surveyId}/waves/${wave}`

/** A figure of the API as the German page writes it, with a decimal comma. */
const comma = (x: number | undefined) => String(x).replace('.', ',')

const signIn = (page: Page, token = seed.researcherToken) => signInAs(page, token)

/** A page as checkPage checks it, and also at 1280 and 375 px wide. */
async function checkWidths(page: Page, name: string) {
  await checkPage(page, name)
  await checkPage(page, `${name} 1280`, { wide: 1280, narrow: 375 })
}

/** Clicks what loads the next page and waits for it. */
const follow = (page: Page, click: () => Promise<void>) =>
  Promise.all([page.waitForEvent('load'), click()])

describe('dashboard in Chromium', () => {
  it('signs in with a token into a strict session cookie, without JavaScript', async () => {
    const page = await openPage({ lang: 'de', javaScript: false })
    await signIn(page)
    expect(new URL(page.url()).pathname).toBe('/dashboard')
    expect(await page.locator('h1').textContent()).toBe('Befragungen')
    const [cookie] = await page.context().cookies()
    expect(cookie).toMatchObject({
      name: '__Host-lernraum-session',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/',
    })
  })

  it('refuses a wrong token with a plain message and keeps the field empty', async () => {
    const page = await openPage({ lang: 'de' })
    await page.goto('/dashboard/sign-in')
    await checkPage(page, 'sign-in')
    await page.getByLabel('API-Token').fill(`lr_${'0'.repeat(32)}`)
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Anmelden' }).click(),
    ])
    expect(response.status()).toBe(401)
    expect(await page.locator('.error-summary').textContent()).toContain('Das Token ist ungültig')
    expect(await page.getByLabel('API-Token').inputValue()).toBe('')
    await checkPage(page, 'sign-in error')
  })

  it('lists the surveys and reads a wave’s findings: charts with the API’s figures', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await checkPage(page, 'surveys')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: /^Spring/ }).click(),
    ])
    expect(new URL(page.url()).pathname).toBe(wavePath(seed.spring))
    const view = responses.findings.parse(await apiFindings(seed, seed.spring))
    if (view.hidden) throw new Error('hidden')
    const index = view.findings.readiness.index
    if (!index.shown) throw new Error('index suppressed')
    const figures = page.locator('#main dl.figures').first()
    expect(await figures.textContent()).toContain(
      `Bereitschaftsindex (0–100)${comma(index.value.value)}`
    )
    const trust = view.findings.questions.find((q) => q.id === 'trust')!.result
    if (!trust.shown) throw new Error('trust suppressed')
    const trustSection = page.locator('section[aria-labelledby="h-trust"]')
    const counts = await trustSection.locator('tbody td.num:nth-of-type(1)').allTextContents()
    expect(counts).toEqual(trust.value.distribution!.map((o) => String(o.count)))
    expect(await trustSection.locator('dl').textContent()).toContain(
      `Mittelwert${comma(trust.value.mean)}`
    )
    const charts = page.locator('svg[role="img"]')
    expect(await charts.count()).toBeGreaterThan(8)
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('aria-label')).toBeTruthy()
      expect(await chart.locator('title').count()).toBe(1)
    }
    // Participation: three invited from BMI, two answered; AA invited, none answered; all of
    // BMF answered.
    const coverage = page.locator('section[aria-labelledby="participation"] tbody tr')
    expect(await coverage.allInnerTexts()).toEqual([
      'Auswärtiges Amt (AA)\t2\t0',
      'Bundesministerium der Finanzen (BMF)\t4\t4',
      'Bundesministerium des Innern (BMI)\t3\t2',
    ])
    await checkPage(page, 'wave with findings')
  })

  it('shows a wave with 4 responses as „weniger als 5“, with no chart', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await page.goto(wavePath(seed.autumn))
    const questions = page.locator('section[aria-labelledby="questions"]')
    expect(await questions.locator('svg').count()).toBe(0)
    const notes = await questions.locator('.suppressed').allTextContents()
    expect(notes).toHaveLength(6)
    for (const note of notes) expect(note).toBe('weniger als 5')
    expect(await page.locator('section[aria-labelledby="readiness"] svg').count()).toBe(0)
    // The trend still shows the first wave, and the second only as its note.
    const autumnRow = page.locator('section[aria-labelledby="trend"] tbody tr').nth(1)
    expect(await autumnRow.innerText()).toMatch(/^Autumn(\tweniger als 5)+$/)
    await checkPage(page, 'suppressed wave')
  })

  it('shows choice and 0–10 scale findings as bars with their tables', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await page.goto(`/dashboard/surveys/${seed.interview.surveyId}/waves/${seed.interview.wave}`)
    const willingness = page.locator('section[aria-labelledby="h-willingness"]')
    expect(await willingness.locator('svg.chart-row[role="img"]').count()).toBe(11)
    expect(await willingness.locator('dl').textContent()).toContain('Mittelwert6,8')
    const formats = page.locator('section[aria-labelledby="h-formats"] tbody tr')
    expect(await formats.count()).toBe(4)
    await checkPage(page, 'interview findings')
  })

  it('downloads the CSV of a wave with the same figures', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await page.goto(wavePath(seed.spring))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^CSV/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${seed.slug}-${seed.spring}-findings.csv`)
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((r) => r.split(';'))
    expect(rows[0].slice(0, 5)).toEqual(['Abschnitt', 'Eintrag', 'Antwortoption', 'n', 'Wert'])
    const view = responses.findings.parse(await apiFindings(seed, seed.spring))
    if (view.hidden) throw new Error('hidden')
    const question = view.findings.questions.find((q) => q.id === 'trust')!
    const trust = question.result
    if (!trust.shown) throw new Error('trust suppressed')
    // The tidy CSV names a question by its German label; its summary row has no option.
    const summary = rows.find((r) => r[1] === question.label.de && r[2] === '')!
    expect(summary[3]).toBe(String(trust.value.n))
    expect(summary[4]).toBe(comma(trust.value.mean))
  })

  it('switches a page to English and back, staying on the same page', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await page.goto(wavePath(seed.spring))
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'English' }).click(),
    ])
    expect(new URL(page.url()).pathname).toBe(wavePath(seed.spring))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('#readiness').textContent()).toBe('Readiness')
    await checkPage(page, 'wave in English')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Deutsch' }).click(),
    ])
    expect(await page.locator('#readiness').textContent()).toBe('Bereitschaft')
  })

  it('sets a retention period and asks twice before deleting a wave', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page, seed.adminToken)
    await page.goto('/dashboard')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Aufbewahrung und Löschen' }).first().click(),
    ])
    await page.goto(`/dashboard/surveys/${seed.surveyId}/retention`)
    await page.getByLabel('Aufbewahrungsfrist in Monaten').fill('zwölf')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Frist speichern' }).click(),
    ])
    await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true)
    expect(await page.getByLabel('Aufbewahrungsfrist in Monaten').inputValue()).toBe('zwölf')
    await checkPage(page, 'retention error')
    await page.getByLabel('Aufbewahrungsfrist in Monaten').fill('24')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Frist speichern' }).click(),
    ])
    expect(await page.locator('main').innerText()).toContain('24 Monate nach ihrem Ende')
    await checkPage(page, 'retention')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Runde „Spring“ löschen' }).click(),
    ])
    await checkPage(page, 'delete wave step 1')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Weiter' }).click(),
    ])
    await page.getByLabel('Zur Bestätigung geben Sie „Spring“ ein').fill('Sprin')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Endgültig löschen' }).click(),
    ])
    expect(await page.locator('.error-summary').innerText()).toContain(
      'Geben Sie genau „Spring“ ein'
    )
    await checkPage(page, 'delete wave step 2 error')
    // Nothing was deleted: the wave's findings are still there.
    await page.goto(wavePath(seed.spring))
    expect(await page.locator('h1').innerText()).not.toContain('Nicht gefunden')
  })
  it('builds a survey: new from a template, a question changed, previewed, published', async () => {
    // The dashboard sends no script; axe needs the page's JavaScript to run at all.
    const page = await openPage({ lang: 'de' })
    await signIn(page, seed.adminToken)
    const go = (click: Promise<unknown>) => Promise.all([page.waitForEvent('load'), click])
    await page.goto('/dashboard/surveys/new')
    await checkWidths(page, 'builder new survey')
    await page.getByLabel('Deutsch').fill('Puls im Browser')
    await page.getByLabel('Englisch').fill('Pulse in the browser')
    await page.getByLabel('Adresse der Befragung').fill(`${seed.slug}-gebaut`)
    await go(page.getByRole('button', { name: 'Befragung anlegen' }).click())
    expect(await page.locator('h1').textContent()).toBe('Formular: Puls im Browser')
    await checkWidths(page, 'builder editor')

    await go(page.getByRole('link', { name: /^„In der Arbeitsgruppe.*bearbeiten$/ }).click())
    const german = page.locator('#label_de')
    await german.fill('')
    const [invalid] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      go(page.getByRole('button', { name: 'Speichern' }).click()),
    ])
    expect(invalid.status()).toBe(422)
    await checkWidths(page, 'builder question error')
    await page.locator('#label_de').fill('Im Browser geändert')
    await go(page.getByRole('button', { name: 'Speichern' }).click())
    expect(await page.locator('#main').textContent()).toContain('Im Browser geändert')

    await go(page.getByRole('link', { name: 'Vorschau auf Deutsch' }).click())
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.locator('#main').textContent()).toContain('Im Browser geändert')
    await checkWidths(page, 'builder preview')
    await page.goBack()
    await go(page.getByRole('link', { name: 'Vorschau auf Englisch' }).click())
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await checkWidths(page, 'builder preview English')
    await page.goBack()

    await go(page.getByRole('button', { name: 'Als neue Fassung speichern' }).first().click())
    expect(await page.locator('#main').textContent()).toContain(
      'Keine Änderungen: Das Formular entspricht Fassung 2.'
    )
  }, 120_000)

  it('signs out: the session ends and the dashboard asks to sign in again', async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page)
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Abmelden' }).click(),
    ])
    expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
    expect(await page.context().cookies()).toEqual([])
    await page.goto(wavePath(seed.spring))
    expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
  })

  it('opens a wave, creates invitation links in three formats and closes the wave, in German', async () => {
    const surveyId = await seedSurveyWithoutWave(`${seed.slug}-waves`)
    const page = await openPage({ lang: 'de' })
    page.setDefaultTimeout(30_000)
    await signIn(page, inject('adminToken'))
    const waves = `/dashboard/surveys/${surveyId}/waves`
    await page.goto(waves)
    await checkWidths(page, 'waves')
    await follow(page, () => page.getByRole('link', { name: 'Runde öffnen' }).click())
    await checkWidths(page, 'open wave')
    await follow(page, () => page.getByRole('button', { name: 'Runde öffnen' }).click())
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Geben Sie eine Bezeichnung ein.'
    )
    await checkWidths(page, 'open wave error')
    await page.getByLabel('Bezeichnung').fill('Runde 1')
    await page.getByLabel('Ende').fill('2999-12-31')
    await follow(page, () => page.getByRole('button', { name: 'Runde öffnen' }).click())
    expect(new URL(page.url()).pathname).toBe(waves)

    await follow(page, () => page.getByRole('link', { name: /^Einladungslinks der Runde/ }).click())
    await checkWidths(page, 'invitations')
    await page.getByLabel('BMI – Bundesministerium des Innern').fill('zwei')
    await follow(page, () =>
      page.getByRole('button', { name: 'Einladungslinks erstellen' }).click()
    )
    await checkWidths(page, 'invitations error')
    await page.getByLabel('BMI – Bundesministerium des Innern').fill('2')
    await page.getByLabel('AA – Auswärtiges Amt').fill('1')
    await page.getByLabel('Als CSV-Datei für einen Serienbrief herunterladen').check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Einladungslinks erstellen' }).click(),
    ])
    const csv = csvRows(await readFile((await download.path())!, 'utf8'))
    expect(csv.map((r) => r[0])).toEqual(['Ressort', 'AA', 'BMI', 'BMI'])

    await page.goto(`/dashboard/surveys/${surveyId}/invitations`)
    await page.getByLabel('BMF – Bundesministerium der Finanzen').fill('2')
    await follow(page, () =>
      page.getByRole('button', { name: 'Einladungslinks erstellen' }).click()
    )
    expect(await page.locator('code').count()).toBe(2)
    await checkWidths(page, 'invitation links')
    await page.goto(`/dashboard/surveys/${surveyId}/invitations`)
    await page.getByLabel('BMG – Bundesministerium für Gesundheit').fill('2')
    await page.getByLabel('Als Seite zum Ausdrucken').check()
    await follow(page, () =>
      page.getByRole('button', { name: 'Einladungslinks erstellen' }).click()
    )
    expect(await page.locator('.invitation-card').count()).toBe(2)
    await checkWidths(page, 'invitation links to print')
    await page.goto(`/dashboard/surveys/${surveyId}/invitations`)
    expect(await page.locator('#log-caption').count()).toBe(1)

    await page.goto(waves)
    await follow(page, () => page.getByRole('link', { name: 'Runde schließen: „Runde 1“' }).click())
    await checkWidths(page, 'close wave')
    await follow(page, () => page.getByRole('button', { name: 'Ja, Runde schließen' }).click())
    await follow(page, () => page.getByRole('link', { name: 'Nächste Runde' }).click())
    expect(await page.getByLabel('Bezeichnung').inputValue()).toBe('Runde 2')
    await checkWidths(page, 'next wave')
    // Nine pages, each checked at four widths, on two cores shared with other runs.
  }, 300_000)
})
