import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { devServerArgs, isOwnDevServer } from '../../worker/cli/local.ts'
import { lernraum } from './lernraum.ts'

// These run in Node against the wrangler dev server test/browser/server.ts started exactly as
// `npm start` does, without asking for the scheduled run.
const origin = inject('origin')
const persistTo = inject('persistTo')
const port = Number(new URL(origin).port)

describe('npm start', () => {
  it('leaves /__scheduled out unless asked for it', () => {
    const args = devServerArgs({ port: 8787, persistTo: '.wrangler/state' }, 'id')
    expect(args).not.toContain('--test-scheduled')
    const asked = devServerArgs({ port: 8787, persistTo: '.wrangler/state', scheduled: true }, 'id')
    expect(asked).toContain('--test-scheduled')
  })

  it('serves no scheduled run to anyone on the port by default', async () => {
    const res = await fetch(`${origin}/__scheduled?cron=0+6+*+*+1`)
    expect(res.status).toBe(404)
  })

  it('passes the origin it serves as PUBLIC_ORIGIN, the only origin links are built on', () => {
    const args = devServerArgs({ port: 18123, persistTo: 'x' }, 'id')
    expect(args.join(' ')).toContain('--var PUBLIC_ORIGIN:http://127.0.0.1:18123')
  })
})

describe('report --send', () => {
  it('knows the dev server it started on a D1 from any other', async () => {
    expect(await isOwnDevServer(port, persistTo)).toBe(true)
    // The checkout's own D1 was not the one this server was started on.
    expect(await isOwnDevServer(port, path.join(persistTo, 'elsewhere'))).toBe(false)
  })

  it('refuses a server that is not the npm start of this checkout, with a plain message', async () => {
    const { code, output } = await lernraum(['report', '--send', '--port', String(port)])
    expect(code).not.toBe(0)
    expect(output).toContain(`what answers on port ${port} is not the npm start of this checkout`)
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('refuses a port nothing listens on the same way', async () => {
    const { code, output } = await lernraum(['report', '--send', '--port', '1'])
    expect(code).not.toBe(0)
    expect(output).toContain('what answers on port 1 is not the npm start of this checkout')
  })
})
