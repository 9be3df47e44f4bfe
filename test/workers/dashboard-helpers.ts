import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'
import demoInterview from '../../forms/shipped/demo-interview.v1.json'
import { installCopy, ORIGIN, request } from './helpers.ts'

export const COOKIE = '__Host-lernraum-session'

/** Where the dashboard shows a survey's wave. */
export const wavePage = (s: { surveyId: string; waveId: string }) =>
  `/dashboard/surveys/${s.surveyId}/waves/${s.waveId}`

let caller = 0

/** A client address of its own per call, so failed sign-ins of one test never limit another. */
export const freshIp = () => `10.1.${Math.floor(++caller / 250)}.${caller % 250}`

/** Posts the sign-in form as the browser would, from our own origin. */
export const signIn = (token: string, ip = freshIp()) =>
  request('/dashboard/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip },
    body: new URLSearchParams({ token }).toString(),
  })

/** The session id a sign-in response set, checking the cookie is there. */
export function sessionOf(res: Response): string {
  const cookie = res.headers.get('set-cookie') ?? ''
  const id = new RegExp(`${COOKIE}=([^;]+)`).exec(cookie)?.[1]
  expect(id, cookie).toBeTruthy()
  return id!
}

/** Signs in with `token` and returns the session id. */
export async function sessionFor(token: string) {
  const res = await signIn(token)
  expect(res.status).toBe(303)
  return sessionOf(res)
}

/** A GET with the session cookie (or none), not following redirects. */
export const visit = (path: string, session?: string, headers: Record<string, string> = {}) =>
  request(path, {
    headers: {
      'cf-connecting-ip': freshIp(),
      ...(session ? { cookie: `${COOKIE}=${session}` } : {}),
      ...headers,
    },
  })

/** A POST straight to the entry without the Origin header `request` adds for us. */
export const postWithoutOrigin = (
  path: string,
  body: string,
  headers: Record<string, string> = {}
) =>
  exports.default.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  })

export { storeAnswerSets as answer } from './helpers.ts'

export const likertAnswers = (trust: number[]) =>
  trust.map((t, i) => ({
    trust: t,
    transparency: 2 + (i % 3),
    continuity: i % 2 ? 'none' : 4,
    resources: 5 - (i % 4),
    helped: `Text ${i}`,
  }))

/** The HTML of the section a heading id labels, e.g. a question's or "readiness". */
export function sectionOf(html: string, labelledBy: string): string {
  const start = html.indexOf(`aria-labelledby="${labelledBy}"`)
  expect(start, `section ${labelledBy}`).toBeGreaterThan(-1)
  const end = html.indexOf('</section>', start)
  return html.slice(start, end)
}

/** The text of every numeric cell in a piece of HTML, in order. */
export const numericCells = (html: string) =>
  [...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1])

/** The value of each `<dt>` in a figures list, by its term. */
export const figures = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]])
  )

/** A copy of the demo interview under its own slug: single, multiple, 0–10 scale and texts. */
export const installInterviewCopy = (slug: string) =>
  installCopy(demoInterview, slug, 'invitations')

export const interviewAnswers = (willingness: number[]) =>
  willingness.map((w, i) => ({
    format: i % 3 ? 'in_person' : 'remote',
    formats: i % 2 ? ['workshop', 'exchange'] : ['none'],
    willingness: w,
    hurdles: `Hürde ${i}`,
  }))
