import { env } from 'cloudflare:test'
import { sign } from 'hono/jwt'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { surveyCreated } from '../../worker/api/responses.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { request } from './helpers.ts'

let caller = 0

/** A call to /api; each gets its own client address so failed-auth limits do not mix. */
export function api(
  path: string,
  init: { token?: string; method?: string; json?: unknown; headers?: Record<string, string> } = {}
) {
  const headers: Record<string, string> = {
    'cf-connecting-ip': `10.0.0.${++caller % 250}`,
    ...init.headers,
  }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  return request(`/api${path}`, {
    method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  })
}

export const tokenFor = async (role: 'researcher' | 'admin') =>
  (await createApiToken(env.DB, { label: `test ${role}`, role }, '2026-11-25')).token

/** An Access JWT signed with the test key (or another), with claims to override. */
export async function accessJwt(
  claims: Record<string, unknown> = {},
  privateJwk = JSON.parse(env.TEST_ACCESS_PRIVATE_JWK)
) {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    iss: env.ACCESS_TEAM_DOMAIN,
    aud: [env.ACCESS_AUD],
    email: 'admin@lernraum.example',
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    ...claims,
  }
  return sign(payload, privateJwk, 'RS256')
}

/** A researcher's own codebook of one theme, in the shape PUT /api/surveys/:id/codebook takes. */
export const coffeeCodebook = (version: string) => ({
  version,
  themes: [
    {
      id: 'coffee',
      side: 'enabler' as const,
      label: { de: 'Kaffee', en: 'Coffee' },
      description: { de: 'Gemeinsame Kaffeepausen', en: 'Shared coffee breaks' },
      signals: { de: ['Kaffee'], en: ['coffee'] },
    },
  ],
})

/** A copy of the demo pulse made through the API under its own slug, with no wave yet. */
export async function newPulseSurvey(slug: string) {
  const created = await api('/surveys', {
    token: await tokenFor('admin'),
    json: { definition: { ...demoPuls, slug, version: undefined } },
  })
  if (created.status !== 201) throw new Error(`survey ${slug}: ${created.status}`)
  return surveyCreated.parse(await created.json()).survey.id
}
