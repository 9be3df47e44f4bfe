import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { request } from './helpers.ts'

const sections = {
  de: [
    'Stand der Vereinbarkeit mit den Anforderungen',
    'Nicht barrierefreie Inhalte',
    'Erstellung dieser Erklärung',
    'Feedback und Kontakt',
    'Schlichtungsverfahren',
  ],
  en: [
    'Compliance status',
    'Content that is not accessible',
    'Preparation of this statement',
    'Feedback and contact',
    'Enforcement procedure',
  ],
}

/** The text under a section heading, up to the next one. */
const section = (html: string, heading: string) => {
  const start = html.indexOf(`<h2>${heading}</h2>`)
  expect(start, heading).toBeGreaterThan(-1)
  const end = html.indexOf('<h2>', start + 1)
  return html.slice(start, end === -1 ? html.indexOf('</main>') : end)
}

describe('the accessibility statement', () => {
  it.each(['de', 'en'] as const)(
    'has every section of the BITV model statement (%s)',
    async (lang) => {
      const res = await request(`/barrierefreiheit?lang=${lang}`)
      expect(res.status).toBe(200)
      const html = await res.text()
      const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map(([, h]) => h)
      expect(headings).toEqual(sections[lang])
    }
  )

  it('states partial conformity and lists what is not yet accessible', async () => {
    const html = await (await request('/barrierefreiheit?lang=de')).text()
    expect(section(html, 'Stand der Vereinbarkeit mit den Anforderungen')).toContain(
      'teilweise mit § 12a'
    )
    const gaps = section(html, 'Nicht barrierefreie Inhalte')
    expect(gaps).toContain('Leichter Sprache')
    expect(gaps.match(/<li>/g)?.length).toBeGreaterThan(0)
  })

  it('dates its preparation and last review, in German as DD.MM.YYYY', async () => {
    const de = section(
      await (await request('/barrierefreiheit?lang=de')).text(),
      'Erstellung dieser Erklärung'
    )
    expect(de).toMatch(/am \d{2}\.\d{2}\.\d{4} erstellt\./)
    expect(de).toMatch(/zuletzt am \d{2}\.\d{2}\.\d{4} überprüft\./)
    const en = section(
      await (await request('/barrierefreiheit?lang=en')).text(),
      'Preparation of this statement'
    )
    expect(en).toMatch(/prepared on \d{1,2} [A-Z][a-z]+ \d{4}\./)
    expect(en).toMatch(/last reviewed on \d{1,2} [A-Z][a-z]+ \d{4}\./)
  })

  it.each([
    ['de', 'Feedback und Kontakt', 'Schlichtungsverfahren'],
    ['en', 'Feedback and contact', 'Enforcement procedure'],
  ])(
    'names the feedback contact and links the conciliation body under § 16 BGG (%s)',
    async (lang, feedback, enforcement) => {
      const html = await (await request(`/barrierefreiheit?lang=${lang}`)).text()
      expect(section(html, feedback)).toContain(`href="mailto:${env.ACCESSIBILITY_CONTACT}"`)
      expect(section(html, enforcement)).toContain('href="https://www.schlichtungsstelle-bgg.de"')
      expect(section(html, enforcement)).toContain('16')
    }
  )
})
