import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('GET /s/:slug', () => {
  it('renders the demo pulse in German by default', async () => {
    const res = await exports.default.fetch('http://lernraum.test/s/demo-puls')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('Puls-Befragung')
  })
})
