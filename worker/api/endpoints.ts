import type { ZodMiniType } from '../../forms/zod.ts'
import type { Role } from '../db/tokens.ts'
import { api } from '../routes/api/index.ts'
import { factsOf, type Facts, type Operation, type Refuses } from './facts.ts'

export interface Endpoint extends Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** In OpenAPI notation: `/api/surveys/{id}`. */
  path: string
  role: Role | null
  body?: ZodMiniType
  query?: ZodMiniType
  refuses: Refuses
}

type RouterRoute = (typeof api.routes)[number]

/** Whether a handler the router holds at `mounted` (`/reports/*` from `use`) runs for `route`. */
const runsFor = (mounted: RouterRoute, route: RouterRoute) =>
  (mounted.method === route.method || mounted.method === 'ALL') &&
  (mounted.path === route.path ||
    (mounted.path.endsWith('/*') && `${route.path}/`.startsWith(mounted.path.slice(0, -1))))

/** Refusals of the whole chain; two reasons for one status are both given. */
const mergeRefusals = (chain: Facts[]) => {
  const merged: Record<string, string> = {}
  for (const [status, why] of chain.flatMap((f) => Object.entries(f.refuses ?? {})))
    merged[status] = merged[status] ? `${merged[status]}; ${why}` : why
  return merged as Refuses
}

/**
 * Every /api operation, read from the router: each route declared by `describeRoute` with
 * what the rest of its chain (guard, validators, loaders) says of itself. The API is mounted
 * at /api, so its router's paths lack that prefix.
 */
export const endpoints: Endpoint[] = api.routes.flatMap((route) => {
  const operation = factsOf(route.handler)?.operation
  if (!operation) return []
  const chain = api.routes
    .filter((other) => runsFor(other, route))
    .flatMap((other) => factsOf(other.handler) ?? [])
  return [
    {
      ...operation,
      method: route.method.toLowerCase() as Endpoint['method'],
      path: `/api${route.path.replace(/:(\w+)/g, '{$1}')}`,
      role: chain.find((f) => f.role)?.role ?? null,
      body: chain.find((f) => f.json)?.json,
      query: chain.find((f) => f.query)?.query,
      refuses: mergeRefusals(chain),
    },
  ]
})
