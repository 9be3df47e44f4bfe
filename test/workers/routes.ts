import { env } from 'cloudflare:test'
import { inspectRoutes } from 'hono/dev'
import { assetPath } from '../../forms/assets.ts'
import { endpoints } from '../../worker/api/endpoints.ts'
import { dashboardCssPath } from '../../worker/dashboard/styles.ts'
import { apiApp, app, dashboardApp } from '../../worker/index.tsx'
import { runReports } from '../../worker/reports/run.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { installPulseCopy, invite, request, storeAnswerSets } from './helpers.ts'

/** A route as the router holds it: `GET /api/surveys/:id`. */
export interface Route {
  method: string
  path: string
}

export const routeKey = (r: Route) => `${r.method} ${r.path}`

/**
 * Every route the Worker's routers answer (its own, the API's and the dashboard's), read from
 * the routers themselves, so that a route added tomorrow is in every test built on this list
 * without anyone adding it.
 */
export const routes: Route[] = [
  ...new Map(
    [app, apiApp, dashboardApp]
      .flatMap((a) => inspectRoutes(a))
      .filter((r) => !r.isMiddleware)
      .map((r) => [routeKey(r), { method: r.method, path: r.path }])
  ).values(),
]

/** A registry path (`/api/surveys/{id}`) in the router's notation (`/api/surveys/:id`). */
export const routerPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

/** Routes under /api that are no endpoint: the API's own docs and its answer to unknown paths. */
export const apiMeta = ['GET /api', 'GET /api/openapi.json', 'ALL /api/*']

/** The /api routes anyone may call: the registry's public ones and the meta routes. */
export const publicApi = [
  ...endpoints.filter((e) => e.role === null).map((e) => `GET ${routerPath(e.path)}`),
  ...apiMeta,
]

/** The dashboard routes a signed-out researcher needs: its stylesheet and signing in and out. */
export const publicDashboard = [
  'GET /dashboard/assets/:file{dashboard\\.[a-z0-9]+\\.css}',
  'GET /dashboard/sign-in',
  'POST /dashboard/sign-in',
  'POST /dashboard/sign-out',
]

const under = (prefix: string) => (r: Route) => r.path === prefix || r.path.startsWith(`${prefix}/`)

/** Every /api route that must refuse a caller without a valid credential. */
export const guardedApi = routes.filter((r) => under('/api')(r) && !publicApi.includes(routeKey(r)))

/** Every dashboard route that must refuse a visitor without a valid credential. */
export const guardedDashboard = routes.filter(
  (r) => under('/dashboard')(r) && !publicDashboard.includes(routeKey(r))
)

/** Real resources for the route parameters, so a refusal is checked against real data. */
export interface RouteFixture {
  slug: string
  surveyId: string
  waveId: string
  tokenId: string
  reportId: string
  /** An unused invitation to the survey. */
  invitation: string
  /** A free-text answer stored in the survey: it must not appear in any refusal. */
  answer: string
}

/** A survey with answers, a stored report of it and a live token, all under `slug`. */
export async function routeFixture(slug: string): Promise<RouteFixture> {
  const survey = await installPulseCopy(slug, 'invitations')
  const answer = `Antwort aus ${slug}, nur für Berechtigte`
  await storeAnswerSets(
    survey,
    Array.from({ length: 10 }, () => ({ trust: 4, transparency: 3, helped: answer }))
  )
  await runReports(env, new Date('2026-11-23T06:00:00Z'), { only: slug, send: false })
  const reportId = await env.DB.prepare('SELECT id FROM reports WHERE survey_id = ?1')
    .bind(survey.surveyId)
    .first<string>('id')
  if (!reportId) throw new Error(`no report was built for ${slug}`)
  const token = await createApiToken(env.DB, { label: slug, role: 'researcher' }, '2026-11-25')
  const [invitation] = await invite(survey, 'BMI')
  return { ...survey, tokenId: token.id, reportId, invitation, answer }
}

/**
 * A concrete URL for a router path: each parameter gets the fixture's resource of that
 * kind; a parameter nobody has given a value yet fails loudly instead of being skipped.
 */
export function concrete(path: string, f: RouteFixture) {
  const assets: Record<string, string> = {
    '/assets/:file{lernraum\\.[a-z0-9]+\\.(?:css|js)}': assetPath('css'),
    '/dashboard/assets/:file{dashboard\\.[a-z0-9]+\\.css}': dashboardCssPath,
  }
  const url = (assets[path] ?? path)
    .replace('/s/:slug', `/s/${f.slug}`)
    .replace('/i/:token', `/i/${f.invitation}`)
    .replace('/surveys/:id', `/surveys/${f.surveyId}`)
    .replace('/tokens/:id', `/tokens/${f.tokenId}`)
    .replace('/reports/:id', `/reports/${f.reportId}`)
    .replace(':waveId', f.waveId)
    .replace(':qid', 'trust')
    .replace(/\/\*$/, '/nowhere')
  if (/[:*{]/.test(url)) throw new Error(`no concrete value for a parameter of ${path}`)
  return url
}

let caller = 0

/**
 * Calls a route as a client would, with a JSON body where the method takes one. Each call
 * comes from an address of its own: refusals count against the caller's rate limit.
 */
export function callRoute(route: Route, f: RouteFixture, headers: Record<string, string> = {}) {
  const method = route.method === 'ALL' ? 'GET' : route.method
  const body = ['GET', 'DELETE'].includes(method) ? undefined : '{}'
  return request(concrete(route.path, f), {
    method,
    headers: {
      'cf-connecting-ip': `10.77.${Math.floor(++caller / 250)}.${caller % 250}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body,
  })
}
