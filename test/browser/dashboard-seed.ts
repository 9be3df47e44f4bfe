import { inject } from 'vitest'
import demoInterview from '../../forms/shipped/demo-interview.v1.json'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { interviewTexts } from './answers.ts'

/** A call to the running server's API with the admin token the global setup created. */
async function api<T>(
  path: string,
  init: { method?: string; json?: unknown; token?: string } = {}
) {
  const res = await fetch(`${inject('origin')}/api${path}`, {
    method: init.method ?? (init.json ? 'POST' : 'GET'),
    headers: {
      authorization: `Bearer ${init.token ?? inject('adminToken')}`,
      ...(init.json ? { 'content-type': 'application/json' } : {}),
    },
    body: init.json ? JSON.stringify(init.json) : undefined,
  })
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} /api${path}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

/** Answers a form page through the participant path, as a person without JavaScript would. */
async function answerThrough(path: string, answers: Record<string, number | string | string[]>) {
  const origin = inject('origin')
  const html = await (await fetch(`${origin}${path}`)).text()
  const nonce = /name="_nonce" value="([^"]+)"/.exec(html)?.[1]
  const fields = Object.entries(answers).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)])
  )
  if (nonce) fields.push(['_nonce', nonce])
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams(fields).toString(),
  })
  if (res.status !== 303) throw new Error(`answering ${path}: ${res.status}`)
}

const likertSets = (trust: number[]) =>
  trust.map((t, i) => ({
    trust: t,
    transparency: 2 + (i % 3),
    continuity: ((i + 1) % 5) + 1,
    resources: i % 4 === 3 ? ('none' as const) : 5 - (i % 4),
  }))

export interface DashboardSeed {
  surveyId: string
  slug: string
  /** An interview survey with one closed wave of five answers: choices, a 0–10 scale, texts. */
  interview: { surveyId: string; wave: string }
  /** Closed, six responses: findings shown. */
  spring: string
  /** Open, four answers still sealed in its pool: every figure suppressed. */
  autumn: string
  researcherToken: string
  /** For the pages only admins open: the builder's forms. */
  adminToken: string
}

/**
 * A survey of its own (so other browser tests' answers never mix in) with two waves: six
 * responses by invitation in the first (two from BMI, four from BMF), four through the open
 * link in the second.
 */
export async function seedDashboard(slug: string): Promise<DashboardSeed> {
  const { survey } = await api<{ survey: { id: string } }>('/surveys', {
    json: { definition: { ...demoPuls, slug } },
  })
  const wave = (label: string, mode: 'invitations' | 'open') =>
    api<{ wave: { id: string } }>(`/surveys/${survey.id}/waves`, { json: { label, mode } })
  const spring = (await wave('Spring', 'invitations')).wave.id
  const created = await api<{ invitations: { links: string[] }[] }>(
    `/surveys/${survey.id}/invitations`,
    {
      json: {
        invitations: [
          { ministry: 'BMI', count: 3 },
          { ministry: 'AA', count: 2 },
          { ministry: 'BMF', count: 4 },
        ],
      },
    }
  )
  const [bmi, , bmf] = created.invitations.map((b) => b.links.map((l) => new URL(l).pathname))
  const sets = likertSets([2, 3, 4, 4, 5, 5])
  for (const [i, answers] of sets.entries())
    await answerThrough(i < 2 ? bmi[i] : bmf[i - 2], answers)
  await api(`/surveys/${survey.id}/waves/${spring}`, {
    method: 'PATCH',
    json: { status: 'closed' },
  })
  const autumn = (await wave('Autumn', 'open')).wave.id
  for (const answers of likertSets([1, 2, 4, 5])) await answerThrough(`/s/${slug}`, answers)
  const { token } = await api<{ token: string }>('/tokens', {
    json: { label: 'dashboard browser test', role: 'researcher' },
  })
  return {
    surveyId: survey.id,
    slug,
    interview: await seedInterview(`${slug}-interview`),
    spring,
    autumn,
    researcherToken: token,
    adminToken: inject('adminToken'),
  }
}

async function seedInterview(slug: string) {
  const { survey } = await api<{ survey: { id: string } }>('/surveys', {
    json: { definition: { ...demoInterview, slug } },
  })
  const { wave } = await api<{ wave: { id: string } }>(`/surveys/${survey.id}/waves`, {
    json: { label: 'Interviews', mode: 'open' },
  })
  for (const [i, willingness] of [2, 6, 7, 9, 10].entries())
    await answerThrough(`/s/${slug}`, {
      format: i % 2 ? 'in_person' : 'remote',
      ...(i % 2 ? {} : { remote_effect: interviewTexts.remoteEffect }),
      formats: i % 2 ? ['workshop', 'exchange'] : ['imag'],
      willingness,
      hurdles: interviewTexts.hurdles,
    })
  // Closed, so that its five pooled answers are flushed and readable.
  await api(`/surveys/${survey.id}/waves/${wave.id}`, {
    method: 'PATCH',
    json: { status: 'closed' },
  })
  return { surveyId: survey.id, wave: wave.id }
}

/** A copy of the demo pulse with no wave yet, for opening waves and inviting in the browser. */
export async function seedSurveyWithoutWave(slug: string) {
  const { survey } = await api<{ survey: { id: string } }>('/surveys', {
    json: { definition: { ...demoPuls, slug } },
  })
  return survey.id
}

/** The findings of a wave as the API gives them to a researcher. */
export const apiFindings = (seed: DashboardSeed, wave: string) =>
  api<unknown>(`/surveys/${seed.surveyId}/findings?wave=${wave}`, { token: seed.researcherToken })
