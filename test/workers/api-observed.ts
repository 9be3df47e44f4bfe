import { endpoints, type Endpoint } from '../../worker/api/endpoints.ts'
import { openApiDocument } from '../../worker/api/openapi.ts'

const matchers = endpoints.map((e) => ({
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  endpoint: e,
}))

/** The operation a request is for, as the document names it; none for the API's docs. */
export const endpointOf = (req: Request): Endpoint | undefined =>
  matchers.find(
    (m) => m.method === req.method && m.pattern.test(new URL(req.url).pathname.replace(/\/$/, ''))
  )?.endpoint

/** Each operation's statuses as the served document lists them. */
export function documentedStatuses() {
  const statuses: Record<string, number[]> = {}
  for (const methods of Object.values(openApiDocument().paths))
    for (const op of Object.values(methods) as { operationId: string; responses: object }[])
      statuses[op.operationId] = Object.keys(op.responses).map(Number)
  return statuses
}

/**
 * Records, by operation, the status of every response to the requests sent through it, and
 * every successful JSON body its documented schema does not describe, so that a test can
 * compare what the API answered with what the document says it answers.
 */
export function statusRecorder() {
  const seen: Record<string, Set<number>> = {}
  const undescribed: { operationId: string; issues: unknown }[] = []
  const through =
    (send: (req: Request) => Promise<Response>) =>
    async (req: Request): Promise<Response> => {
      const endpoint = endpointOf(req)
      const res = await send(req)
      if (!endpoint) return res
      ;(seen[endpoint.operationId] ??= new Set()).add(res.status)
      const json = res.headers.get('content-type')?.startsWith('application/json')
      if (res.ok && json && endpoint.response) {
        const parsed = endpoint.response.safeParse(await res.clone().json())
        if (!parsed.success)
          undescribed.push({ operationId: endpoint.operationId, issues: parsed.error.issues })
      }
      return res
    }
  const observed = () =>
    Object.fromEntries(Object.entries(seen).map(([id, s]) => [id, [...s].sort((a, b) => a - b)]))
  return { through, observed, undescribed }
}
