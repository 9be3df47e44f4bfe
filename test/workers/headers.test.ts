import { describe, expect, it } from 'vitest'
import { installPulseCopy, invite, openForm, post, request, validPulse } from './helpers.ts'

describe('security headers', () => {
  it('are on every participant page, including errors and refusals', async () => {
    const survey = await installPulseCopy('headers')
    const [token] = await invite(survey, 'BMJ')
    const nonce = await openForm('/s/headers')
    const pages = [
      await request('/s/headers'),
      await request(`/i/${token}`),
      await post('/s/headers', [['_nonce', nonce]]),
      await post('/s/headers', [
        ['_nonce', nonce],
        ['unknown', 'x'],
      ]),
      await post('/s/headers', validPulse, { origin: 'https://evil.example' }),
      await request('/s/headers/danke'),
      await request('/barrierefreiheit'),
      await request('/nirgends'),
    ]
    for (const res of pages) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serve the stylesheet and script for a year under a content hash', async () => {
    const html = await (await request('/s/demo-puls')).text()
    const css = /href="(\/assets\/lernraum\.[a-z0-9]+\.css)"/.exec(html)![1]
    const js = /src="(\/assets\/lernraum\.[a-z0-9]+\.js)"/.exec(html)![1]
    for (const path of [css, js]) {
      const res = await request(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    expect((await request('/assets/lernraum.000000.css')).status).toBe(404)
  })

  it('load nothing from another host', async () => {
    const html = await (await request('/s/demo-puls')).text()
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(html).not.toMatch(/<script>[^<]/)
    expect(html).not.toMatch(/ style="/)
  })
})
