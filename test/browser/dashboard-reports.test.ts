import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { useChromium } from './chromium.ts'
import { checkPage, signIn } from './dashboard-check.ts'
import { seedDashboard, type DashboardSeed } from './dashboard-seed.ts'

const openPage = useChromium()
let seed: DashboardSeed

beforeAll(async () => {
  seed = await seedDashboard(`dash-reports-${Date.now().toString(36)}`)
})

const WIDTHS = { wide: 1280, narrow: 375 }

// Every page is checked by axe at two widths on a machine of two shared cores: minutes.
const SLOW = { timeout: 240_000 }

/** Clicks a button or link that loads a new page, and returns that page's status. */
async function follow(page: Page, click: () => Promise<void>) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.status() !== 303),
    page.waitForEvent('load'),
    click(),
  ])
  return response.status()
}

/** An admin's page, signed in (axe needs script in the page; the dashboard itself has none). */
async function asAdmin() {
  const page = await openPage({ lang: 'de' })
  await signIn(page, inject('adminToken'))
  return page
}

describe('reports and recipients in Chromium', () => {
  it('lets an admin build a report and send it once', SLOW, async () => {
    const page = await asAdmin()
    await follow(page, () => page.getByRole('link', { name: 'Berichte' }).click())
    expect(await page.locator('h1').textContent()).toBe('Berichte')
    await checkPage(page, 'reports', WIDTHS)

    await page.locator('#build-survey').selectOption(seed.surveyId)
    await follow(page, () => page.getByRole('button', { name: 'Bericht jetzt erstellen' }).click())
    expect(await page.locator('.notice').textContent()).toContain('Der Bericht ist erstellt.')
    expect(await page.locator('#main').textContent()).toContain('wartet auf Versand an 1 Adresse')
    await checkPage(page, 'report', WIDTHS)

    await follow(page, () => page.getByRole('button', { name: 'Jetzt senden' }).click())
    expect(await page.locator('.notice').textContent()).toContain('Der Bericht ist verschickt.')
    expect(await page.getByRole('button', { name: 'Jetzt senden' }).count()).toBe(0)
  })

  it(
    'lets an admin add and remove a recipient, keeping a wrong address as typed',
    SLOW,
    async () => {
      const page = await asAdmin()
      await page.goto(`/dashboard/reports?survey=${seed.surveyId}`)
      await follow(page, () =>
        page.getByRole('link', { name: /^Empfängerinnen und Empfänger/ }).click()
      )
      await checkPage(page, 'recipients', WIDTHS)
      const field = page.getByLabel('E-Mail-Adresse')
      await field.fill('projektteam(at)bund')
      const add = () => page.getByRole('button', { name: 'Hinzufügen' }).click()
      expect(await follow(page, add)).toBe(422)
      expect(await page.locator('.error-summary').textContent()).toContain('im richtigen Format')
      expect(await field.inputValue()).toBe('projektteam(at)bund')
      await checkPage(page, 'recipients error', WIDTHS)

      await field.fill('referat@bund.example')
      await follow(page, add)
      const rows = page.locator('#main tbody tr')
      expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('referat@bund.example')])
      await checkPage(page, 'recipients listed', WIDTHS)
      await follow(page, () =>
        page.getByRole('button', { name: 'referat@bund.example entfernen' }).click()
      )
      expect(await rows.count()).toBe(0)
    }
  )

  // Reads the report the first test built.
  it('shows a researcher the reports and one of them, with nothing to change', SLOW, async () => {
    const page = await openPage({ lang: 'de' })
    await signIn(page, seed.researcherToken)
    await page.goto(`/dashboard/reports?survey=${seed.surveyId}&lang=en`)
    expect(await page.locator('h1').textContent()).toBe('Reports')
    await checkPage(page, 'reports in English', WIDTHS)
    await page.goto(`/dashboard/reports?survey=${seed.surveyId}`)
    expect(await page.getByRole('button', { name: 'Bericht jetzt erstellen' }).count()).toBe(0)
    await follow(page, () => page.locator('#main tbody a').first().click())
    expect(await page.locator('h1').textContent()).toMatch(/^Bericht: /)
    expect(await page.getByRole('button', { name: 'Jetzt senden' }).count()).toBe(0)
  })
})
