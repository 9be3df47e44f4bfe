import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { csvRows } from '../workers/csv-read.ts'
import { axeViolations } from './axe.ts'
import { useChromium } from './chromium.ts'
import { signIn } from './dashboard-check.ts'
import { fillPulse } from './pulse.ts'

const openPage = useChromium()

/** Every page a researcher visits has no axe violation at a desk's and a phone's width. */
async function accessible(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 })
    expect(await axeViolations(page), `${name} at ${width} px`).toEqual([])
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

/** Clicks what loads the next page, waits for it, and checks it. */
async function next(page: Page, name: string, click: () => Promise<void>) {
  await Promise.all([page.waitForEvent('load'), click()])
  await accessible(page, name)
}

const link = (page: Page, name: string | RegExp) => () =>
  page
    .getByRole('link', { name, exact: typeof name === 'string' })
    .first()
    .click()
const button = (page: Page, name: string) => () =>
  page.getByRole('button', { name, exact: true }).first().click()

const ministries = [
  'BMI – Bundesministerium des Innern',
  'AA – Auswärtiges Amt',
  'BMF – Bundesministerium der Finanzen',
]

/** Fifteen answers with free text under both questions, varied as people write. */
const answers = Array.from({ length: 15 }, (_, i) => ({
  likert: {
    trust: String(3 + (i % 3)),
    transparency: String(2 + (i % 4)),
    continuity: String(1 + (i % 5)),
    resources: String(2 + (i % 2)),
  },
  text: {
    helped: [
      'Das Vertrauen in der Runde ist gewachsen, weil alles vertraulich blieb.',
      'Eine neutrale Moderation hat die Diskussion offen gehalten.',
      'Klare gemeinsame Ziele haben geholfen.',
    ][i % 3],
    hindered: [
      'Zu viele Abstimmungsschleifen und Gremien.',
      'Es fehlte an Zeit und Personal.',
      'Die Teilnehmenden wechselten ständig.',
    ][i % 3],
  },
}))

describe("a researcher's month in the dashboard, in German, without the API", () => {
  it('builds a survey, runs an invitation wave for three ministries, reads and sends the report, opens the next wave', async () => {
    const slug = `monat-${Date.now().toString(36)}`
    const page = await openPage({ lang: 'de' })
    page.setDefaultTimeout(60_000)
    const apiCalls: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api')) apiCalls.push(r.url())
    })
    await signIn(page, inject('adminToken'))
    await accessible(page, 'surveys')

    // A survey from the pulse template, two questions reworded, previewed, published.
    await next(page, 'new survey', link(page, 'Neue Befragung'))
    await page.getByLabel('Deutsch').fill('Monatspuls der Arbeitsgruppe')
    await page.getByLabel('Englisch').fill("The working group's monthly pulse")
    await page.getByLabel('Adresse der Befragung').fill(slug)
    await next(page, 'editor', button(page, 'Befragung anlegen'))
    for (const [n, wording] of [
      [0, 'Ich vertraue den anderen in dieser Runde.'],
      [1, 'Ich weiß, was die anderen Ressorts vorhaben.'],
    ] as const) {
      await next(page, `question ${n + 1}`, () =>
        page
          .getByRole('link', { name: /bearbeiten$/ })
          .nth(n)
          .click()
      )
      await page.locator('#label_de').fill(wording)
      await next(page, 'editor', button(page, 'Speichern'))
      expect(await page.locator('#main').textContent()).toContain(wording)
    }
    await next(page, 'preview', link(page, 'Vorschau auf Deutsch'))
    expect(await page.locator('#main').textContent()).toContain('Ich vertraue den anderen')
    await page.goBack()
    await next(page, 'published', button(page, 'Als neue Fassung speichern'))

    // An invitation wave, links for three ministries as a CSV for the mail merge.
    await page.goto('/dashboard')
    const section = page.locator('section', { hasText: 'Monatspuls der Arbeitsgruppe' })
    await next(page, 'waves', () =>
      section.getByRole('link', { name: 'Befragungsrunden und Einladungen' }).click()
    )
    await next(page, 'open wave', link(page, 'Runde öffnen'))
    await page.getByLabel('Bezeichnung').fill('Dezember 2026')
    await next(page, 'waves', button(page, 'Runde öffnen'))
    await next(page, 'invitations', link(page, /^Einladungslinks der Runde/))
    for (const ministry of ministries) await page.getByLabel(ministry).fill('5')
    await page.getByLabel('Als CSV-Datei für einen Serienbrief herunterladen').check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(page, 'Einladungslinks erstellen')(),
    ])
    const [, ...rows] = csvRows(await readFile((await download.path())!, 'utf8'))
    expect(rows.map((r) => r[0]).sort()).toEqual([
      ...Array(5).fill('AA'),
      ...Array(5).fill('BMF'),
      ...Array(5).fill('BMI'),
    ])

    // Fifteen civil servants answer through their links, with free text.
    const participant = await openPage({ lang: 'de' })
    for (const [i, [, url]] of rows.entries()) {
      await participant.goto(new URL(url).pathname)
      if (i === 0) await accessible(participant, 'invitation form')
      await fillPulse(participant, answers[i])
      await Promise.all([
        participant.waitForEvent('load'),
        participant.getByRole('button', { name: 'Antworten absenden' }).click(),
      ])
      expect(new URL(participant.url()).pathname).toBe(`/s/${slug}/danke`)
      if (i === 0) await accessible(participant, 'thanks')
    }

    // The wave closes: its sealed answers become readable as one release.
    await page.goto('/dashboard')
    await next(page, 'waves', () =>
      section.getByRole('link', { name: 'Befragungsrunden und Einladungen' }).click()
    )
    await next(page, 'close wave', link(page, 'Runde schließen: „Dezember 2026“'))
    await next(page, 'waves', button(page, 'Ja, Runde schließen'))

    // Participation, findings, themes and quotes of the wave.
    await page.goto('/dashboard')
    await next(page, 'wave', () => section.getByRole('link', { name: 'Dezember 2026' }).click())
    const wave = (await page.locator('#main').textContent())!
    expect(wave).toContain('3 von 3 eingeladenen Ressorts haben geantwortet')
    expect(wave).toContain('Bereitschaftsindex')
    expect(wave).toContain('Erfolgsfaktoren, Hürden und Zitate')
    expect(wave).toContain('Vertrauen und geschützter Raum')
    expect(wave).toContain('Zitate (anonymisiert)')
    expect(wave).toContain('Eine neutrale Moderation hat die Diskussion offen gehalten.')
    expect(wave).toMatch(/Stand: Freigabe \d+ vom /)

    // The report, built and sent now.
    await next(page, 'reports', link(page, 'Berichte'))
    await page
      .locator('#build-survey')
      .selectOption({ label: `Monatspuls der Arbeitsgruppe (${slug})` })
    await next(page, 'report', button(page, 'Bericht jetzt erstellen'))
    expect(await page.locator('.notice').textContent()).toContain('Der Bericht ist erstellt.')
    await next(page, 'report sent', button(page, 'Jetzt senden'))
    expect(await page.locator('.notice').textContent()).toContain('Der Bericht ist verschickt.')

    // And the next month's wave, with the settings of this one.
    await page.goto('/dashboard')
    await next(page, 'waves', () =>
      section.getByRole('link', { name: 'Befragungsrunden und Einladungen' }).click()
    )
    await next(page, 'next wave', link(page, 'Nächste Runde'))
    await page.getByLabel('Bezeichnung').fill('Januar 2027')
    await next(page, 'waves', button(page, 'Runde öffnen'))
    expect(await page.locator('#main').textContent()).toContain('Januar 2027')

    expect(apiCalls).toEqual([])
  }, 600_000)
})
