import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { fetchWith } from './faults.ts'

describe('the dev server identity', () => {
  it('is a 404 wherever LOCAL_INSTANCE is not set, as when deployed', async () => {
    expect(env.LOCAL_INSTANCE).toBe('')
    const res = await fetchWith(env.DB, '/__lernraum/instance')
    expect(res.status).toBe(404)
    expect(await res.text()).not.toMatch(/^[0-9a-f]{32}$/)
  })

  it('answers the id npm start gave it, uncached', async () => {
    const id = '0123456789abcdef0123456789abcdef'
    const res = await fetchWith(env.DB, '/__lernraum/instance', {}, { LOCAL_INSTANCE: id })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.text()).toBe(id)
  })
})
