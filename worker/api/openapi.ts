import * as z from '../../forms/zod.ts'
import { denialMessages } from '../auth/authorize.ts'
import { RETRY_AFTER_SECONDS } from '../storage-fault.ts'
import { endpoints, type Endpoint } from './endpoints.ts'
import { TOO_LARGE, UNAVAILABLE, type RefusalStatus } from './error.ts'
import type { Tag } from './facts.ts'
import { apiError } from './schemas.ts'

const schema = (s: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' })

const errorBody = { $ref: '#/components/schemas/ApiError' }

/** A refusal: the one error shape, with an example of this very status. */
const refusal = (status: RefusalStatus, description: string, message = description) => ({
  description,
  content: {
    'application/json': { schema: errorBody, example: { error: { status, message } } },
  },
})

// The refusals of the guard, the validators, the body limit and storage, described once.
const shared = {
  badRequest: refusal(400, 'Invalid request; every bad field is named', 'Invalid body.'),
  unauthorized: refusal(401, 'No or invalid credentials', denialMessages[401]),
  forbidden: refusal(
    403,
    'Needs a role the caller does not have (x-role names it)',
    denialMessages[403]
  ),
  tooLarge: refusal(413, 'The body is larger than 256 KB', TOO_LARGE),
  tooMany: refusal(429, 'Too many failed sign-ins from this address', denialMessages[429]),
  unavailable: {
    ...refusal(
      503,
      'Storage, or Cloudflare Access signing a caller in, briefly unavailable; nothing was changed, try again',
      UNAVAILABLE
    ),
    headers: {
      'Retry-After': {
        description: `Seconds to wait (${RETRY_AFTER_SECONDS})`,
        schema: { type: 'string' },
      },
    },
  },
}
const ref = (name: keyof typeof shared) => ({ $ref: `#/components/responses/${name}` })

const tags: Record<Tag, string> = {
  ministries: 'The list invitations are made for',
  surveys: 'Surveys and their form definitions',
  waves: 'Opening and closing the waves of a survey',
  invitations: 'Single-use links and the log of who made them',
  findings: 'Aggregated, k-suppressed figures and participation of a wave',
  codebooks: 'How free text is coded',
  tokens: 'API tokens',
  reports: 'Reports as the scheduled run built and sent them',
}

/** An example message: the first of the reasons the chain gives (endpoints.ts joins them). */
const firstReason = (reasons: string) => `${reasons.split('; ')[0]}.`

function success(e: Endpoint) {
  const description = { 200: 'Success', 201: 'Created', 204: 'Done; no content' }[e.status]
  if (!e.response) return { description }
  const content: Record<string, object> = {
    'application/json': { schema: schema(e.response, 'output'), example: e.example },
  }
  for (const type of e.formats ?? []) content[type] = { schema: { type: 'string' } }
  return { description, content }
}

/**
 * Every status the route's chain can answer with: its guard (401, 403, 429), its validators
 * (400, and 413 for a body), its own refusals, and 503 wherever storage is read (every guarded
 * route: identifying the caller already reads D1).
 */
function responses(e: Endpoint) {
  const validated = e.body !== undefined || e.query !== undefined
  const own = e.refuses
  const all: Record<number, object | undefined> = {
    [e.status]: success(e),
    400: own[400]
      ? refusal(
          400,
          [validated && 'Invalid request; every bad field is named', own[400]]
            .filter(Boolean)
            .join('. '),
          validated ? 'Invalid body.' : firstReason(own[400])
        )
      : validated
        ? ref('badRequest')
        : undefined,
    401: e.role ? ref('unauthorized') : undefined,
    403: e.role ? ref('forbidden') : undefined,
    404: own[404] ? refusal(404, own[404], firstReason(own[404])) : undefined,
    409: own[409] ? refusal(409, own[409], firstReason(own[409])) : undefined,
    413: e.body ? ref('tooLarge') : undefined,
    429: e.role ? ref('tooMany') : undefined,
    503: e.role ? ref('unavailable') : undefined,
  }
  return Object.fromEntries(Object.entries(all).filter(([, r]) => r))
}

function operation(e: Endpoint) {
  const params = [...e.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const query = e.query
    ? Object.entries((schema(e.query, 'input').properties ?? {}) as Record<string, object>).map(
        ([name, s]) => ({ name, in: 'query', required: false, schema: s })
      )
    : []
  return {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    ...(e.role
      ? { security: [{ bearer: [] }, { access: [] }], 'x-role': e.role }
      : { security: [] }),
    parameters: [...params, ...query],
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(e.body, 'input') } },
          },
        }
      : {}),
    responses: responses(e),
  }
}

/**
 * The OpenAPI 3.1 document of /api, generated from the routes as the router holds them.
 * The Worker serves it from worker/assets/api/openapi.json (a static asset): zod's JSON Schema generation would add
 * a fifth to the bundle. test/workers/csv-openapi.test.ts fails when that file is stale and
 * `npm run openapi` writes it (and the client types generated from it) anew.
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, object>> = {}
  for (const e of endpoints) (paths[e.path] ??= {})[e.method] = operation(e)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lernraum researcher API',
      version: '1',
      description: 'Aggregated, k-suppressed findings of anonymous surveys.',
    },
    // Relative: the API is served by the same origin as this document, whichever that is.
    servers: [{ url: '/', description: 'The origin that serves this document' }],
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    components: {
      schemas: { ApiError: schema(apiError, 'output') },
      responses: shared,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (lr_…) from `npm run lernraum -- token create`.',
        },
        access: {
          type: 'apiKey',
          in: 'header',
          name: 'Cf-Access-Jwt-Assertion',
          description: 'Cloudflare Access in production.',
        },
      },
    },
    paths,
  }
}
