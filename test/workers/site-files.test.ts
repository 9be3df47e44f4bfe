import { describe, expect, it } from 'vitest'
import { api } from './api-helpers.ts'
import { request } from './helpers.ts'

describe('files a browser or crawler asks for by name', () => {
  it.each(['/favicon.svg', '/favicon.ico'])('serves an SVG icon at %s', async (path) => {
    const res = await request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>\n$/)
  })

  it('tells every crawler to index nothing', async () => {
    const res = await request('/robots.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await res.text()).toBe('User-agent: *\nDisallow: /\n')
  })

  it.each([
    ['a participant page', () => request('/s/demo-puls')],
    ['the dashboard sign-in', () => request('/dashboard/sign-in')],
    ['the API docs', () => api('')],
  ])('links the icon from %s, which starts with a doctype', async (_, load) => {
    const html = await (await load()).text()
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>')
  })
})
