import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { formatFor } from '../../worker/dashboard/format.ts'
import { DashboardMessage } from '../../worker/dashboard/Layout.tsx'
import { de } from '../../worker/dashboard/messages/de.ts'
import { renderIn } from '../../worker/dashboard/messages/index.ts'
import { closeWave, openWave } from '../../worker/db/waves.ts'
import { runReports } from '../../worker/reports/run.ts'
import { createApiToken } from '../../worker/tokens.ts'
import { tokenFor } from './api-helpers.ts'
import {
  answer,
  installInterviewCopy,
  interviewAnswers,
  likertAnswers,
  sessionFor,
  signIn,
  visit,
  wavePage,
} from './dashboard-helpers.ts'
import { installPulseCopy, invite, request } from './helpers.ts'

/**
 * Common English words of a user interface. "Index", "Token" and "Dashboard" are left out on
 * purpose: German uses them as loan words ("Bereitschaftsindex", "API-Token" as the CLI
 * names it), so a match on them would not mean the page slipped into English.
 */
const ENGLISH = [
  'responses?',
  'respondents?',
  'surveys?',
  'waves?',
  'findings?',
  'readiness',
  'open',
  'closed',
  'sign in',
  'sign out',
  'fewer than',
  'participation',
  'reports?',
  'settings',
  'back',
  'next',
  'previous',
  'show',
  'shown',
  'download',
  'created',
  'changes?',
  'significant',
  'answers?',
  'questions?',
  'themes?',
  'quotes?',
  'ministry',
  'ministries',
  'trust',
  'transparency',
  'continuity',
  'resources',
  'mean',
  'share',
  'count',
  'agreeing',
  'confidence',
  'interval',
  'invited',
  'completed',
  'hidden',
  'not found',
  'skip',
  'main content',
  'statement',
  'the',
  'of',
  'and',
]
const english = new RegExp(`\\b(${ENGLISH.join('|')})\\b`, 'gi')

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

/**
 * What a reader meets on a page: its text, and the names screen readers announce
 * (aria-label, title). A command in `<code>` is typed as it stands and is not prose, and
 * content marked `lang="en"` (a survey's English wording in the builder) is English on
 * purpose, announced as such.
 */
function readable(html: string) {
  const names = [...html.matchAll(/ (?:aria-label|title)="([^"]*)"/g)].map((m) => m[1])
  const text = html
    .replace(/<code>[^<]*<\/code>/g, ' ')
    .replace(/<(\w+)[^>]*\slang="en"[^>]*>[^<]*<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
  return [text, ...names].join(' ').replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => entities[e])
}

const englishIn = (html: string) => [...readable(html).matchAll(english)].map((m) => m[0])

const GERMAN = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' }

/**
 * A survey whose first wave closed with findings and whose second compares against it, an
 * interview survey (choices, a 0–10 scale, texts), a wave below k and one whose counts hide.
 */
async function seed(at: string) {
  const pulse = await installPulseCopy(`${at}-puls`, 'invitations')
  await invite(pulse, 'BMI', 3)
  await invite(pulse, 'AA', 1)
  await answer(pulse, likertAnswers([1, 2, 4, 4, 5, 5]))
  await closeWave(env.DB, pulse.surveyId, pulse.waveId)
  const second = { surveyId: pulse.surveyId, waveId: `wave-${at}-autumn` }
  await openWave(env.DB, {
    id: second.waveId,
    surveyId: pulse.surveyId,
    label: 'Herbst',
    opensOn: '2027-01-12',
    closesOn: '2027-02-28',
  })
  await answer(second, likertAnswers([2, 3, 3, 4, 5, 5, 1]))
  const interview = await installInterviewCopy(`${at}-interview`)
  await answer(interview, interviewAnswers([0, 3, 7, 8, 10, 10]))
  const few = await installPulseCopy(`${at}-wenige`, 'open')
  await answer(few, likertAnswers([3, 4]))
  const hidden = await installPulseCopy(`${at}-verborgen`, 'invitations')
  await env.DB.prepare('UPDATE surveys SET hide_open_counts = 1 WHERE id = ?1')
    .bind(hidden.surveyId)
    .run()
  const token = await createApiToken(
    env.DB,
    { label: `${at} Forschung`, role: 'researcher' },
    '2026-11-25'
  )
  const { reportIds } = await runReports(env, new Date('2026-11-23T06:00:00Z'), {
    only: `${at}-puls`,
    send: false,
  })
  expect(reportIds.length).toBeGreaterThan(0)
  return [
    '/dashboard',
    '/dashboard/tokens',
    '/dashboard/reports',
    ...reportIds.map((id) => `/dashboard/reports/${id}`),
    `/dashboard/surveys/${pulse.surveyId}/recipients`,
    ...[
      'waves',
      'waves/new',
      'waves/next',
      `waves/${second.waveId}/close`,
      'invitations',
      'retention',
      `waves/${pulse.waveId}/delete`,
      'delete',
      'form',
      'form/preview',
      'form/import',
      'form/questions/trust',
      'form/questions/trust/remove',
    ].map((page) => `/dashboard/surveys/${pulse.surveyId}/${page}`),
    '/dashboard/surveys/new',
    `/dashboard/tokens/${token.id}/revoke`,
    `/dashboard/surveys/${pulse.surveyId}/waves/nope`,
    ...[pulse, second, interview, few, hidden].map(wavePage),
  ]
}

/** Every page a message stands alone on, including those hard to provoke (403, 429, 503). */
const messagePages = (lang: 'de' | 'en') =>
  Object.keys(de.pages).map((page) =>
    renderIn({ lang, path: '/dashboard' }, () =>
      (<DashboardMessage page={page as keyof typeof de.pages} />).toString()
    )
  )

async function everyPage(at: string, headers: Record<string, string>, query = '') {
  const session = await sessionFor(await tokenFor('admin'))
  const html: Record<string, string> = {}
  for (const path of await seed(at)) {
    const res = await visit(`${path}${query}`, session, headers)
    expect([200, 404], path).toContain(res.status)
    if (!path.endsWith('/nope')) expect(res.status, path).toBe(200)
    html[path] = await res.text()
  }
  html['/dashboard/sign-in'] = await (
    await visit(`/dashboard/sign-in${query}`, undefined, headers)
  ).text()
  const failed = await signIn('lr_not-a-token')
  html['sign-in failed'] = await failed.text()
  return html
}

describe('dashboard language', () => {
  it('shows no English UI word on any German page of the dashboard', async () => {
    const html = await everyPage('words-de', GERMAN)
    for (const [i, page] of messagePages('de').entries()) html[`message ${i}`] = await page
    for (const [path, page] of Object.entries(html)) {
      expect(page, path).toMatch(/<html lang="de">/)
      expect(englishIn(page), path).toEqual([])
    }
  })

  it('speaks English with ?lang=en, and the word scan finds it', async () => {
    const html = await everyPage('words-en', GERMAN, '?lang=en')
    const wave =
      html[wavePage({ surveyId: 'survey-words-en-puls', waveId: 'wave-words-en-autumn' })]
    expect(wave).toMatch(/<html lang="en">/)
    expect(wave).toContain('The findings are based on 7 responses.')
    expect(englishIn(wave).length).toBeGreaterThan(20)
    expect(englishIn(html['/dashboard'])).toContain('Surveys')
  })

  it('keeps a switched language on the links to other dashboard pages, and only then', async () => {
    const session = await sessionFor(await tokenFor('researcher'))
    const survey = await installPulseCopy('words-links', 'invitations')
    const english = await (await visit(`${wavePage(survey)}?lang=en`, session, GERMAN)).text()
    expect(english).toContain('href="/dashboard?lang=en"')
    expect(english).toContain(`href="${wavePage(survey)}?lang=de"`)
    const german = await (await visit('/dashboard', session, GERMAN)).text()
    expect(german).toContain(`href="${wavePage(survey)}"`)
    expect(german).toContain('href="/dashboard?lang=en"')
    const signedIn = await request('/dashboard/sign-in?lang=en', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: await tokenFor('researcher') }).toString(),
    })
    expect(signedIn.headers.get('location')).toBe('/dashboard?lang=en')
  })
})

describe('dashboard figures in German', () => {
  const f = formatFor('de')

  it('counts one Antwort and many Antworten', () => {
    expect([0, 1, 2, 1500].map(f.t.responses)).toEqual([
      '0 Antworten',
      '1 Antwort',
      '2 Antworten',
      '1.500 Antworten',
    ])
  })

  it('writes decimal commas, shares with their base, and days by name', () => {
    expect(f.num(3.25)).toBe('3,25')
    expect(f.signed(0.5)).toBe('+0,5')
    expect(f.interval([1.78, 5.22])).toBe('1,78 bis 5,22')
    expect(f.shareOf(0.5, 12)).toBe('50 % von 12')
    expect(f.shareOf(0.667, 6)).toBe('66,7 % von 6')
    expect(f.date('2027-01-12')).toBe('12. Januar 2027')
  })
})
