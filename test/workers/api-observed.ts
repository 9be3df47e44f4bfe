import { endpoints } from '../../worker/api/endpoints.ts'
import { openApiDocument } from '../../worker/api/openapi.ts'

const matchers = endpoints.map((e) => ({
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  operationId: e.operationId,
}))

/** The operation a request is for, as the document names it; none for the API's docs. */
export const operationOf = (req: Request) =>
  matchers.find(
    (m) => m.method === req.method && m.pattern.test(new URL(req.url).pathname.replace(/\/$/, ''))
  )?.operationId

/** Each operation's statuses as the served document lists them. */
export function documentedStatuses() {
  const statuses: Record<string, number[]> = {}
  for (const methods of Object.values(openApiDocument().paths))
    for (const op of Object.values(methods) as { operationId: string; responses: object }[])
      statuses[op.operationId] = Object.keys(op.responses).map(Number)
  return statuses
}

/**
 * Records the status of every response, by operation, of the requests sent through it, so a
 * test can compare what the API answered with what the document says it answers.
 */
export function statusRecorder() {
  const seen: Record<string, Set<number>> = {}
  const through =
    (send: (req: Request) => Promise<Response>) =>
    async (req: Request): Promise<Response> => {
      const operationId = operationOf(req)
      const res = await send(req)
      if (operationId) (seen[operationId] ??= new Set()).add(res.status)
      return res
    }
  const observed = () =>
    Object.fromEntries(Object.entries(seen).map(([id, s]) => [id, [...s].sort((a, b) => a - b)]))
  return { through, observed }
}
