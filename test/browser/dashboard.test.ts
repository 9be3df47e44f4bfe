import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import * as responses from '../../worker/api/responses.ts'
import { axeViolations } from './axe.ts'
import { artifactPath, useChromium } from './chromium.ts'
import { apiFindings, seedDashboard, type DashboardSeed } from './dashboard-seed.ts'

const openPage = useChromium()
let seed: DashboardSeed

beforeAll(async () => {
  seed = await seedDashboard(`dash-browser-${Date.now().toString(36)}`)
})

const wavePath = (wave: string) => `/dashboard/surveys/${seed.surveyId}/waves/${wave}`

/** A figure of the API as the German page writes it, with a decimal comma. */
const comma = (x: number | undefined) => String(x).replace('.', ',')

/** Opens the sign-in page (by way of the redirect from the dashboard) and signs in. */
async function signIn(page: Page, token = seed.researcherToken) {
  await page.goto('/dashboard')
  expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
  await page.getByLabel('API-Token').fill(token)
  return Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Anmelden' }).click(),
  ])
}

/** Checks the page against WCAG 2.2 A/AA, at 320 px without sideways scrolling, and keeps a screenshot. */
async function checkPage(page: Page, name: string) {
  expect(await page.locator('h1').count()).toBe(1)
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: artifactPath(`dashboard ${name}.png`), fullPage: true })
  await page.setViewportSize({ width: 320, height: 800 })
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(client)
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: artifactPath(`dashboard ${name}.320.png`), fullPage: true })
  await page.setViewportSize({ width: 1024, height: 800 })
}

/** The builder's pages at the widths a researcher's screen and phone have, then as every page. */
async function checkBuilderPage(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 })
    expect(await axeViolations(page), `${name} at ${width} px`).toEqual([])
  }
  await checkPage(page, name)
}

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

  it('builds a survey: new from a template, a question changed, previewed, published', async () => {
    // The dashboard sends no script; axe needs the page's JavaScript to run at all.
    const page = await openPage({ lang: 'de' })
    await signIn(page, seed.adminToken)
    const go = (click: Promise<unknown>) => Promise.all([page.waitForEvent('load'), click])
    await page.goto('/dashboard/surveys/new')
    await checkBuilderPage(page, 'builder new survey')
    await page.getByLabel('Deutsch').fill('Puls im Browser')
    await page.getByLabel('Englisch').fill('Pulse in the browser')
    await page.getByLabel('Adresse der Befragung').fill(`${seed.slug}-gebaut`)
    await go(page.getByRole('button', { name: 'Befragung anlegen' }).click())
    expect(await page.locator('h1').textContent()).toBe('Formular: Puls im Browser')
    await checkBuilderPage(page, 'builder editor')

    await go(page.getByRole('link', { name: /^„In der Arbeitsgruppe.*bearbeiten$/ }).click())
    const german = page.locator('#label_de')
    await german.fill('')
    const [invalid] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      go(page.getByRole('button', { name: 'Speichern' }).click()),
    ])
    expect(invalid.status()).toBe(422)
    await checkBuilderPage(page, 'builder question error')
    await page.locator('#label_de').fill('Im Browser geändert')
    await go(page.getByRole('button', { name: 'Speichern' }).click())
    expect(await page.locator('#main').textContent()).toContain('Im Browser geändert')

    await go(page.getByRole('link', { name: 'Vorschau auf Deutsch' }).click())
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.locator('#main').textContent()).toContain('Im Browser geändert')
    await checkBuilderPage(page, 'builder preview')
    await page.goBack()
    await go(page.getByRole('link', { name: 'Vorschau auf Englisch' }).click())
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await checkBuilderPage(page, 'builder preview English')
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
})
