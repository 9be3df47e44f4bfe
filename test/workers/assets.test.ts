import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import wranglerToml from '../../wrangler.toml?raw'
import { request } from './helpers.ts'

// Every file under worker/assets, by the path the ASSETS binding serves it at.
const assetFiles = ['/api/openapi.json', '/codebooks/default.v1.json']

const fromAssets = (path: string) => env.ASSETS.fetch(new URL(path, 'https://assets.invalid'))

describe('the static assets', () => {
  it('are where the Worker reads them', async () => {
    for (const path of assetFiles) expect((await fromAssets(path)).status, path).toBe(200)
  })

  // The plugin calls the Worker directly, past the router that would answer from assets
  // first: so the setting that keeps it from doing so is checked where it is written.
  it('are behind the Worker: the router hands every request to it first', () => {
    const section = /^\[assets\]\n([^[]*)/m.exec(wranglerToml)?.[1] ?? ''
    const keys = section.split('\n').filter((line) => /^\w/.test(line))
    expect(keys.sort()).toEqual([
      'binding = "ASSETS"',
      'directory = "worker/assets"',
      'run_worker_first = true',
    ])
  })

  it('are not served by their own paths: an asset no route reads answers as an unknown path', async () => {
    const unknown = await request('/codebooks/no-such-file.json')
    expect(unknown.status).toBe(404)
    const unknownPage = await unknown.text()
    for (const path of ['/codebooks/default.v1.json', '/codebooks/default.v1', '/codebooks/'])
      for (const method of ['GET', 'HEAD']) {
        const res = await request(path, { method })
        expect(res.status, `${method} ${path}`).toBe(404)
        expect(res.headers.get('etag'), `${method} ${path}`).toBeNull()
        if (method === 'GET') expect(await res.text(), path).toBe(unknownPage)
      }
  })

  it('serve the OpenAPI document only through its route, compact and never cached', async () => {
    const res = await request('/api/openapi.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('etag')).toBeNull()
    const file = await (await fromAssets('/api/openapi.json')).text()
    expect(await res.text()).toBe(JSON.stringify(JSON.parse(file)))
  })
})
