import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { disclosureConfig } from '../../analysis/disclosure.ts'
import { loadDefinition } from '../../forms/load.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { forgetOpenSurveys } from '../../worker/db/surveys.ts'
import { installCopy, installPulseCopy, invite, post, request, validPulse } from './helpers.ts'

const own = {
  organiser: { de: 'Referat Beispiel-Lernen', en: 'Unit for example learning' },
  contact: 'lernen@behoerde.example',
  privacyUrl: 'https://behoerde.example/datenschutz-lernraum',
  imprintUrl: 'https://behoerde.example/impressum-lernraum',
}

const footer = async (res: Response) => {
  const html = await res.text()
  return html.slice(html.indexOf('<footer'))
}

describe('who is asking', () => {
  it("names the deployment's organiser, contact, privacy notice and imprint on the form", async () => {
    await installPulseCopy('about-defaults')
    const de = await footer(await request('/s/about-defaults?lang=de'))
    expect(de).toContain(`Diese Befragung führt durch: ${env.ORGANISER_NAME}`)
    expect(de).toContain(`<a href="mailto:${env.CONTACT_EMAIL}">${env.CONTACT_EMAIL}</a>`)
    expect(de).toContain(`<a href="${env.PRIVACY_URL}">Datenschutzerklärung</a>`)
    expect(de).toContain(`<a href="${env.IMPRINT_URL}">Impressum</a>`)
    const en = await footer(await request('/s/about-defaults?lang=en'))
    expect(en).toContain(`<a href="${env.PRIVACY_URL}">Privacy notice</a>`)
    expect(en).toContain(`<a href="${env.IMPRINT_URL}">Imprint</a>`)
  })

  it("shows a survey's own values instead of the defaults on the form, thanks, closed and error pages", async () => {
    const survey = await installCopy({ ...demoPuls, about: own }, 'about-own', 'open')
    const pages = [
      await request('/s/about-own?lang=en'),
      await request('/s/about-own/danke?lang=en'),
      // A refused post (a nonce this Worker never signed) is an error page of a known survey.
      await post('/s/about-own?lang=en', [['_nonce', 'forged']]),
    ]
    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    forgetOpenSurveys()
    pages.push(await request('/s/about-own?lang=en'))
    expect(pages.map((p) => p.status)).toEqual([200, 200, 400, 410])
    for (const page of pages) {
      const html = await footer(page)
      expect(html).toContain('This survey is run by Unit for example learning')
      expect(html).toContain('href="mailto:lernen@behoerde.example"')
      expect(html).toContain(`href="${own.privacyUrl}"`)
      expect(html).toContain(`href="${own.imprintUrl}"`)
      expect(html).not.toContain(env.CONTACT_EMAIL)
    }
  })

  it('names who is asking on an invitation already answered', async () => {
    const survey = await installCopy({ ...demoPuls, about: own }, 'about-used', 'invitations')
    const [token] = await invite(survey, 'BMF')
    expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
    const again = await request(`/i/${token}?lang=en`)
    expect(again.status).toBe(410)
    expect(await footer(again)).toContain('This survey is run by Unit for example learning')
  })

  it('takes only https links and an email address as contact in a definition', () => {
    const load = (about: object) => () => loadDefinition('test', { ...demoPuls, about })
    expect(load(own)).not.toThrow()
    expect(load({ privacyUrl: 'http://behoerde.example/datenschutz' })).toThrow(/privacyUrl/)
    expect(load({ imprintUrl: 'javascript:alert(1)' })).toThrow(/imprintUrl/)
    expect(load({ contact: 'Frau Muster' })).toThrow(/contact/)
    expect(load({ phone: '030 1234' })).toThrow(/phone/)
  })
})

describe('the thank-you page', () => {
  const { minGroupSize: k, minGroupSizeQuotes: kQuotes } = disclosureConfig(env)

  it('says the answers are sealed, released in groups of k, and reported in groups no smaller', async () => {
    await installPulseCopy('about-next')
    const html = await (await request('/s/about-next/danke?lang=de')).text()
    expect(html).toContain('<h2>Wie es weitergeht</h2>')
    expect(html).toContain(`in einer Gruppe von mindestens ${k} Antworten`)
    expect(html).toContain(`keine Gruppe, die kleiner als ${k} Antworten ist`)
    expect(html).toContain(`erst ab ${kQuotes} Antworten`)
    expect(html).toContain('Wenn die Befragungsrunde endet')
  })

  it('names the day the wave closes, in the German or English way', async () => {
    const survey = await installPulseCopy('about-closes')
    await env.DB.prepare("UPDATE waves SET closes_on = '2099-03-07' WHERE id = ?1")
      .bind(survey.waveId)
      .run()
    forgetOpenSurveys()
    const de = await (await request('/s/about-closes/danke?lang=de')).text()
    expect(de).toContain('Die Befragungsrunde endet am 07.03.2099.')
    const en = await (await request('/s/about-closes/danke?lang=en')).text()
    expect(en).toContain('The survey round ends on 7 March 2099.')
  })
})
