import { describe, expect, it } from 'vitest'
import { installPulseCopy, invite, post, request, validPulse, writtenFor } from './helpers.ts'

const nonceOf = (html: string) => /name="_nonce" value="([^"]+)"/.exec(html)![1]
const actionOf = (html: string) => /<form[^>]* action="([^"]+)"/.exec(html)![1]

// Blank form pages are rendered once per isolate and filled in per request: these tests pin
// down that nothing of one request's page reaches another's.
describe('blank form pages kept per isolate', () => {
  it('give every open-link visit its own nonce, each good for one response', async () => {
    const survey = await installPulseCopy('blank-open')
    const pages = [
      await (await request('/s/blank-open')).text(),
      await (await request('/s/blank-open')).text(),
    ]
    const nonces = pages.map(nonceOf)
    expect(nonces[0]).not.toBe(nonces[1])
    expect(pages[1].replace(nonces[1], nonces[0])).toBe(pages[0])
    for (const nonce of nonces)
      expect((await post('/s/blank-open', [['_nonce', nonce], ...validPulse])).status).toBe(303)
    expect((await writtenFor(survey.waveId)).pooled).toBe(2)
  })

  it('post each invitation to its own link, and show no other link or nonce', async () => {
    const survey = await installPulseCopy('blank-invited')
    const [first, second] = await invite(survey, 'BMI', 2)
    const pages = [
      await (await request(`/i/${first}`)).text(),
      await (await request(`/i/${second}`)).text(),
    ]
    expect(actionOf(pages[0])).toBe(`/i/${first}?lang=de`)
    expect(actionOf(pages[1])).toBe(`/i/${second}?lang=de`)
    expect(pages[0]).not.toContain(second)
    expect(pages[1]).not.toContain(first)
    expect(pages.join('')).not.toContain('_nonce')
    expect(pages.join('')).not.toContain('__LERNRAUM_')
  })

  it('keep the languages apart', async () => {
    await installPulseCopy('blank-lang')
    const de = await (await request('/s/blank-lang')).text()
    const en = await (await request('/s/blank-lang?lang=en')).text()
    const deAgain = await (await request('/s/blank-lang')).text()
    expect(de).toContain('<html lang="de"')
    expect(en).toContain('<html lang="en"')
    expect(actionOf(en)).toBe('/s/blank-lang?lang=en')
    expect(deAgain.replace(nonceOf(deAgain), nonceOf(de))).toBe(de)
  })

  it('are never used for a page that shows answers or errors', async () => {
    await installPulseCopy('blank-errors')
    const nonce = nonceOf(await (await request('/s/blank-errors')).text())
    const res = await post('/s/blank-errors', [
      ['_nonce', nonce],
      ['helped', 'Meine Antwort'],
    ])
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('Meine Antwort</textarea>')
    expect(nonceOf(page)).toBe(nonce)
    const blank = await (await request('/s/blank-errors')).text()
    expect(blank).not.toContain('Meine Antwort')
  })
})
