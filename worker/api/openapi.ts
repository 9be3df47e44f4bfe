import * as z from '../../forms/zod.ts'
import { endpoints, type Endpoint } from './endpoints.ts'
import { examples } from './examples.ts'
import { apiError } from './schemas.ts'

const schema = (s: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' })

// Every refusal has the same shape, so each is described once and referred to.
const refusals = {
  badRequest: 'Invalid request; every bad field is named',
  unauthorized: 'No or invalid credentials',
  forbidden: 'Needs a role the caller does not have (x-role names it)',
  tooMany: 'Too many failed sign-ins',
  unavailable:
    'Storage, or Cloudflare Access signing a caller in, briefly unavailable; nothing was changed, try again',
}
const refusal = (name: keyof typeof refusals) => ({ $ref: `#/components/responses/${name}` })

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
  const content: Record<string, object> = e.response
    ? { 'application/json': { schema: schema(e.response, 'output'), example: e.example } }
    : {}
  if (e.csv) content['text/csv'] = { schema: { type: 'string' } }
  return {
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
    responses: {
      [e.status]: { description: 'Success', ...(e.response ? { content } : {}) },
      400: refusal('badRequest'),
      ...(e.role
        ? { 401: refusal('unauthorized'), 403: refusal('forbidden'), 429: refusal('tooMany') }
        : {}),
      503: refusal('unavailable'),
    },
  }
}

/**
 * The OpenAPI 3.1 document of /api, generated from the schemas that validate the requests.
 * The Worker serves it from worker/api/openapi.json: zod's JSON Schema generation would add
 * a fifth to the bundle. test/workers/csv-openapi.test.ts fails when that file is stale and
 * `npm run openapi` writes it anew.
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
    components: {
      responses: Object.fromEntries(
        Object.entries(refusals).map(([name, description]) => [
          name,
          {
            description,
            content: {
              'application/json': { schema: schema(apiError, 'output'), example: examples.error },
            },
          },
        ])
      ),
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
