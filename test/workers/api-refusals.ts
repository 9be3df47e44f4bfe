import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { endpoints, type Endpoint } from '../../worker/api/endpoints.ts'
import { app } from '../../worker/index.tsx'
import { accessJwt, tokenFor } from './api-helpers.ts'
import { faultyDb } from './faults.ts'
import { clientAddress, ORIGIN } from './helpers.ts'

type Send = (req: Request) => Promise<Response>

/** A body each operation accepts, so that a request for a missing resource gets past validation. */
const acceptedBodies: Record<string, unknown> = {
  editSurveyDefinition: { definition: {} },
  openWave: { label: 'Welle' },
  closeWave: { status: 'closed' },
  createInvitations: { ministry: 'BMI', count: 1 },
  setCodebook: { codebook: {} },
}

interface Call {
  auth?: Record<string, string>
  body?: string
  query?: string
  ip?: string
}

/** A request for the operation; every path parameter names a resource that does not exist. */
const requestFor = (e: Endpoint, { auth = {}, body, query = '', ip = clientAddress() }: Call) =>
  new Request(`${ORIGIN}${e.path.replace(/\{\w+\}/g, 'nope')}${query}`, {
    method: e.method.toUpperCase(),
    headers: {
      'cf-connecting-ip': ip,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...auth,
    },
    body,
  })

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** The real app with every D1 statement failing the way an overloaded D1 does. */
async function withStorageDown(req: Request) {
  const ctx = createExecutionContext()
  const res = await app.fetch(req, { ...env, DB: faultyDb(env.DB, { failOn: /./ }) }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

/**
 * Sends, for every operation, the requests that provoke the refusals of its guard (401, 403,
 * 429), its validators (400), the body limit (413), a missing resource (404) and storage
 * that is down (503), each through `through` so that the answers are recorded.
 */
export async function provokeRefusals(through: (send: Send) => Send) {
  const served = through((req) => exports.default.fetch(req))
  const storageDown = through(withStorageDown)
  const admin = bearer(await tokenFor('admin'))
  const researcher = bearer(await tokenFor('researcher'))
  const noRole = { 'cf-access-jwt-assertion': await accessJwt({ email: 'x@elsewhere.example' }) }
  const guesser = clientAddress()
  const guess = bearer(`lr_${'x'.repeat(32)}`)
  const listSurveys = endpoints.find((e) => e.operationId === 'listSurveys')!
  // Ten failed sign-ins use up the address's budget; from then on it gets 429 anywhere.
  for (let i = 0; i < 10; i++) await served(requestFor(listSurveys, { auth: guess, ip: guesser }))
  for (const e of endpoints) {
    const send = (call: Call) => served(requestFor(e, call))
    const body = e.body ? JSON.stringify(acceptedBodies[e.operationId] ?? {}) : undefined
    if (e.role) {
      await send({ body })
      await send({ body, auth: e.role === 'admin' ? researcher : noRole })
      await send({ body, auth: guess, ip: guesser })
      await storageDown(requestFor(e, { body, auth: admin }))
    }
    if (e.body) {
      await send({ body: '{"unexpected":1}', auth: admin })
      await send({ body: JSON.stringify({ definition: 'x'.repeat(300 * 1024) }), auth: admin })
    }
    if (e.query) await send({ query: '?format=xml', auth: admin })
    if (e.path.includes('{')) await send({ body, auth: admin })
  }
}
