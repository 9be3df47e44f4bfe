import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import * as z from '../../../forms/zod.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { newId } from '../../crypto.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { keepLang, renderPage } from '../../dashboard/render.tsx'
import { checkWaveForm, type WaveFormInput } from '../../dashboard/wave-form.ts'
import { CloseWavePage, OpenWavePage } from '../../dashboard/WaveForms.tsx'
import { surveyPath, WavesPage } from '../../dashboard/WavesPage.tsx'
import { findWaveRhythm, setWaveRhythm, WAVE_RHYTHMS, type WaveRhythm } from '../../db/rhythm.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { listWaves, openWave } from '../../db/waves.ts'
import { addDays, closeAndFlush, nextWaveSettings } from '../../waves.ts'
import { dashboardDenial, signedIn } from './session.tsx'

const typedText = z._default(z.string(), '')
const waveForm = z.object({
  label: typedText,
  mode: typedText,
  opensOn: typedText,
  closesOn: typedText,
})
const rhythmForm = z.object({ rhythm: typedText })

const today = () => new Date().toISOString().slice(0, 10)

export const notFound = () => (
  <DashboardMessage page='notFound' back={{ href: '/dashboard', label: 'allSurveys' }} />
)

export const unreadable = (c: Context) => renderPage(c, <DashboardMessage page='unreadable' />, 400)

const admin = authorize('admin', dashboardDenial)

/** A survey's waves: everyone who reads sees them, admins open, close and repeat them. */
export const waves = new Hono<AuthEnv>()

async function wavesPage(c: Context<AuthEnv>, rhythmError = false) {
  const id = c.req.param('id')!
  const survey = await findSurveySummary(c.env.DB, id)
  const rhythm = await findWaveRhythm(c.env.DB, id)
  if (!survey || !rhythm) return renderPage(c, notFound(), 404)
  const data = { survey, waves: await listWaves(c.env.DB, id), rhythm }
  return renderPage(
    c,
    <WavesPage data={data} rhythmError={rhythmError} signOut={signedIn(c)} />,
    rhythmError ? 422 : 200
  )
}

waves.get('/waves', (c) => wavesPage(c))

waves.get('/waves/new', admin, async (c) => {
  const survey = await findSurveySummary(c.env.DB, c.req.param('id')!)
  if (!survey) return renderPage(c, notFound(), 404)
  const typed = { label: '', mode: 'invitations', opensOn: '', closesOn: '' }
  return renderPage(c, <OpenWavePage survey={survey} typed={typed} signOut={signedIn(c)} />)
})

// "Nächste Runde": the form filled in with the last wave's settings, starting tomorrow if the
// last one had an opening day, so there is a day to invite before it opens.
waves.get('/waves/next', admin, async (c) => {
  const id = c.req.param('id')!
  const survey = await findSurveySummary(c.env.DB, id)
  if (!survey) return renderPage(c, notFound(), 404)
  const last = (await listWaves(c.env.DB, id)).at(-1)
  if (!last) return c.redirect(keepLang(c, surveyPath(id, 'waves/new')), 303)
  const day = today()
  const next = nextWaveSettings(last, last.opensOn ? addDays(day, 1) : null, day)
  const typed = { ...next, opensOn: next.opensOn ?? '', closesOn: next.closesOn ?? '' }
  return renderPage(c, <OpenWavePage survey={survey} typed={typed} next signOut={signedIn(c)} />)
})

waves.post(
  '/waves',
  admin,
  zValidator('form', waveForm, (result, c) => {
    if (!result.success) return unreadable(c)
  }),
  async (c) => {
    const id = c.req.param('id')!
    const survey = await findSurveySummary(c.env.DB, id)
    if (!survey) return renderPage(c, notFound(), 404)
    const typed: WaveFormInput = c.req.valid('form')
    const checked = checkWaveForm(typed, today())
    const again = (problem: Pick<Parameters<typeof OpenWavePage>[0], 'errors' | 'alreadyOpen'>) =>
      renderPage(
        c,
        <OpenWavePage survey={survey} typed={typed} {...problem} signOut={signedIn(c)} />,
        problem.alreadyOpen ? 409 : 422
      )
    if ('errors' in checked) return again({ errors: checked.errors })
    const wave = await openWave(c.env.DB, { id: newId(), surveyId: id, ...checked.settings })
    // One open wave per survey: the second one's answers could not be told apart in reports.
    if (!wave) return again({ alreadyOpen: true })
    return c.redirect(keepLang(c, surveyPath(id, 'waves')), 303)
  }
)

/** The survey and its wave, if that wave is still open. */
async function openWaveOf(c: Context<AuthEnv>) {
  const id = c.req.param('id')!
  const survey = await findSurveySummary(c.env.DB, id)
  const wave = (await listWaves(c.env.DB, id)).find((w) => w.id === c.req.param('waveId'))
  return survey && wave?.status === 'open' ? { survey, wave } : null
}

/** The confirm step; again with 422 for a post that did not come from its button. */
async function confirmClose(c: Context<AuthEnv>, status: 200 | 422 = 200) {
  const found = await openWaveOf(c)
  if (!found) return renderPage(c, notFound(), 404)
  return renderPage(c, <CloseWavePage {...found} signOut={signedIn(c)} />, status)
}

waves.get('/waves/:waveId/close', admin, (c) => confirmClose(c))

// Only the confirm page's button closes: it sends `confirm`, a stray post does not.
const closeForm = z.object({ confirm: z.literal('yes') })

waves.post(
  '/waves/:waveId/close',
  admin,
  zValidator('form', closeForm, (result, c) => {
    if (!result.success) return confirmClose(c as Context<AuthEnv>, 422)
  }),
  async (c) => {
    const found = await openWaveOf(c)
    if (!found) return renderPage(c, notFound(), 404)
    await closeAndFlush(c.env, found.survey.id, found.wave.id)
    return c.redirect(keepLang(c, surveyPath(found.survey.id, 'waves')), 303)
  }
)

waves.post(
  '/rhythm',
  admin,
  zValidator('form', rhythmForm, (result, c) => {
    if (!result.success) return unreadable(c)
  }),
  async (c) => {
    const { rhythm } = c.req.valid('form')
    if (!WAVE_RHYTHMS.includes(rhythm as WaveRhythm)) return wavesPage(c, true)
    const id = c.req.param('id')!
    if (!(await setWaveRhythm(c.env.DB, id, rhythm as WaveRhythm)))
      return renderPage(c, notFound(), 404)
    return c.redirect(keepLang(c, surveyPath(id, 'waves')), 303)
  }
)
