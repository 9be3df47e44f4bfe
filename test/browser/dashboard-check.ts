import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { axeViolations } from './axe.ts'
import { artifactPath } from './chromium.ts'

/** Opens the sign-in page (by way of the redirect from the dashboard) and signs in. */
export async function signIn(page: Page, token: string) {
  await page.goto('/dashboard')
  expect(new URL(page.url()).pathname).toBe('/dashboard/sign-in')
  await page.getByLabel('API-Token').fill(token)
  return Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Anmelden' }).click(),
  ])
}

/**
 * Checks the page against WCAG 2.2 A/AA at a wide and a narrow width, the narrow one without
 * sideways scrolling, and keeps a screenshot of each.
 */
export async function checkPage(page: Page, name: string, { wide = 1024, narrow = 320 } = {}) {
  expect(await page.locator('h1').count()).toBe(1)
  await page.setViewportSize({ width: wide, height: 800 })
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: artifactPath(`dashboard ${name}.png`), fullPage: true })
  await page.setViewportSize({ width: narrow, height: 800 })
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, `${name} scrolls sideways at ${narrow} px`).toBeLessThanOrEqual(client)
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: artifactPath(`dashboard ${name}.${narrow}.png`), fullPage: true })
  await page.setViewportSize({ width: 1024, height: 800 })
}
