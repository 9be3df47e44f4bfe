import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { listApiTokens } from '../../worker/db/tokens.ts'
import { api, tokenFor } from './api-helpers.ts'
import { COOKIE, postWithoutOrigin, sessionFor, visit } from './dashboard-helpers.ts'
import { post, type Fields } from './helpers.ts'

const cookie = (session: string) => ({ cookie: `${COOKIE}=${session}` })

const create = (session: string, fields: Fields) =>
  post('/dashboard/tokens', fields, cookie(session))

/** The one token a created page shows. */
const shownToken = (html: string) => /<code>(lr_[0-9A-Za-z]{32})<\/code>/.exec(html)?.[1]

const labelled = async (label: string) =>
  (await listApiTokens(env.DB)).filter((t) => t.label === label)

describe('the tokens page', () => {
  it('creates a token that works once against /api in its role and is shown only this once', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await create(admin, [
      ['label', 'Forschung Nord'],
      ['role', 'researcher'],
    ])
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('Es wird nicht noch einmal angezeigt')
    const token = shownToken(html)!
    expect(token).toBeTruthy()
    expect((await api('/reports', { token })).status).toBe(200)
    expect((await api('/tokens', { token })).status).toBe(403)

    const list = await (await visit('/dashboard/tokens', admin)).text()
    expect(list).toContain('Forschung Nord')
    expect(list).not.toContain(token)
    expect(list).not.toMatch(/[0-9a-f]{64}/)
  })

  it('creates an admin token when admin is chosen', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await create(admin, [
      ['label', 'Zweite Administration'],
      ['role', 'admin'],
    ])
    const token = shownToken(await res.text())!
    expect((await api('/tokens', { token })).status).toBe(200)
  })

  it('revokes a token only after the confirm page, and it then fails on /api', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const res = await create(admin, [
      ['label', 'Bald widerrufen'],
      ['role', 'researcher'],
    ])
    const token = shownToken(await res.text())!
    const [{ id }] = await labelled('Bald widerrufen')
    const list = await (await visit('/dashboard/tokens', admin)).text()
    const confirmPath = `/dashboard/tokens/${id}/revoke`
    expect(list).toContain(`href="${confirmPath}"`)

    const confirm = await visit(confirmPath, admin)
    expect(confirm.status).toBe(200)
    const page = await confirm.text()
    expect(page).toContain('Bald widerrufen')
    expect(page).toContain(`action="${confirmPath}"`)
    expect((await api('/reports', { token })).status).toBe(200)

    const revoked = await post(confirmPath, '', cookie(admin))
    expect(revoked.status).toBe(303)
    expect(revoked.headers.get('location')).toBe('/dashboard/tokens')
    expect((await api('/reports', { token })).status).toBe(401)
    expect((await labelled('Bald widerrufen'))[0].revoked).toBe(true)
    expect((await visit(confirmPath, admin)).status).toBe(404)
    expect((await post(confirmPath, '', cookie(admin))).status).toBe(404)
  })

  it('refuses a researcher the page, the form and revoking, and changes nothing', async () => {
    const researcher = await sessionFor(await tokenFor('researcher'))
    const before = await listApiTokens(env.DB)
    expect((await visit('/dashboard/tokens', researcher)).status).toBe(403)
    const res = await create(researcher, [
      ['label', 'Von der Forschung'],
      ['role', 'admin'],
    ])
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain('lr_')
    const victim = before.find((t) => !t.revoked)!
    expect((await visit(`/dashboard/tokens/${victim.id}/revoke`, researcher)).status).toBe(403)
    expect(
      (await post(`/dashboard/tokens/${victim.id}/revoke`, '', cookie(researcher))).status
    ).toBe(403)
    expect(await listApiTokens(env.DB)).toEqual(before)
  })

  it('refuses a post from another site and creates nothing', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const body = 'label=Fremd&role=admin'
    const res = await postWithoutOrigin('/dashboard/tokens', body, cookie(admin))
    expect(res.status).toBe(403)
    const foreign = await post('/dashboard/tokens', body, {
      ...cookie(admin),
      origin: 'https://evil.example',
    })
    expect(foreign.status).toBe(403)
    expect(await labelled('Fremd')).toEqual([])
  })

  it('shows an empty or too long label again with the problem named and the typed text kept', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const long = `Ein sehr langer Name ${'x'.repeat(80)}`
    const res = await create(admin, [
      ['label', long],
      ['role', 'admin'],
    ])
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Es gibt ein Problem')
    expect(html).toContain('<a href="#label">Die Bezeichnung darf höchstens 80 Zeichen lang sein.')
    expect(html).toContain(`value="${long}"`)
    expect(html).toMatch(/value="admin" checked/)
    expect(await labelled(long)).toEqual([])

    const empty = await create(admin, [
      ['label', '  '],
      ['role', 'owner'],
    ])
    expect(empty.status).toBe(422)
    const again = await empty.text()
    expect(again).toContain('Geben Sie eine Bezeichnung ein.')
    expect(again).toContain('<a href="#role">Wählen Sie eine Rolle.')
  })

  it('is linked from the navigation for admins only', async () => {
    const admin = await sessionFor(await tokenFor('admin'))
    const researcher = await sessionFor(await tokenFor('researcher'))
    expect(await (await visit('/dashboard', admin)).text()).toContain('href="/dashboard/tokens"')
    expect(await (await visit('/dashboard', researcher)).text()).not.toContain(
      'href="/dashboard/tokens"'
    )
  })
})
