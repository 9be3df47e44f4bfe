import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import * as z from '../../../forms/zod.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { keepLang, renderPage } from '../../dashboard/render.tsx'
import {
  ConfirmDeletePage,
  RetentionPage,
  retentionPath,
  surveyDeletePath,
  waveDeletePath,
} from '../../dashboard/RetentionPages.tsx'
import { deleteClosedWave, deleteSurvey, setArchived, setRetention } from '../../db/retention.ts'
import { findSurveySummary, type SurveySummary } from '../../db/surveys.ts'
import { listWaves, type Wave } from '../../db/waves.ts'
import { dashboardDenial, signedIn } from './session.tsx'

const notFound = () => (
  <DashboardMessage page='notFound' back={{ href: '/dashboard', label: 'allSurveys' }} />
)

const months = z.object({
  months: z.union([
    z.literal(''),
    z.pipe(
      z.string().check(z.regex(/^\s*\d{1,3}\s*$/)),
      z.pipe(
        z.transform((v: string) => Number(v)),
        z.number().check(z.minimum(1), z.maximum(120))
      )
    ),
  ]),
})
const archived = z.object({ archived: z.enum(['0', '1']) })
const typedName = z.object({ name: z.optional(z.string().check(z.maxLength(500))) })

const surveyOf = (c: Context<AuthEnv>) => findSurveySummary(c.env.DB, c.req.param('id')!)

/** Retention of a survey: researchers read the period and what is kept, admins change it. */
export const retention = new Hono<AuthEnv>()

retention.get('/:id/retention', async (c) => {
  const survey = await surveyOf(c)
  if (!survey) return renderPage(c, notFound(), 404)
  const waves = await listWaves(c.env.DB, survey.id)
  return renderPage(c, <RetentionPage survey={survey} waves={waves} signOut={signedIn(c)} />)
})

retention.post(
  '/:id/retention',
  authorize('admin', dashboardDenial),
  zValidator('form', months, async (result, hooked) => {
    if (result.success) return
    const c = hooked as Context<AuthEnv>
    const survey = await surveyOf(c)
    if (!survey) return renderPage(c, notFound(), 404)
    const raw = (result.data as Record<string, unknown>).months
    const page = (
      <RetentionPage
        survey={survey}
        waves={await listWaves(c.env.DB, survey.id)}
        typed={typeof raw === 'string' ? raw : ''}
        error
        signOut={signedIn(c)}
      />
    )
    return renderPage(c, page, 422)
  }),
  async (c) => {
    const { months } = c.req.valid('form')
    if (!(await setRetention(c.env.DB, c.req.param('id'), months === '' ? null : months)))
      return renderPage(c, notFound(), 404)
    return c.redirect(keepLang(c, retentionPath(c.req.param('id'))), 303)
  }
)

retention.post(
  '/:id/archive',
  authorize('admin', dashboardDenial),
  zValidator('form', archived, (result, c) => {
    if (!result.success) return renderPage(c, <DashboardMessage page='unreadable' />, 400)
  }),
  async (c) => {
    const archive = c.req.valid('form').archived === '1'
    if (!(await setArchived(c.env.DB, c.req.param('id'), archive)))
      return renderPage(c, notFound(), 404)
    return c.redirect(keepLang(c, retentionPath(c.req.param('id'))), 303)
  }
)

const findWave = async (c: Context<AuthEnv>) =>
  (await listWaves(c.env.DB, c.req.param('id')!)).find((w) => w.id === c.req.param('waveId'))

/** What is being deleted, for the two pages that confirm it. */
type Target = Pick<
  Parameters<typeof ConfirmDeletePage>[0],
  'what' | 'name' | 'title' | 'action' | 'back'
>

const waveTarget = (wave: Wave): Target => ({
  what: 'wave',
  name: wave.label,
  title: wave.label,
  action: waveDeletePath(wave.surveyId, wave.id),
  back: retentionPath(wave.surveyId),
})

const surveyTarget = (survey: SurveySummary): Target => ({
  what: 'survey',
  name: survey.slug,
  title: survey.title,
  action: surveyDeletePath(survey.id),
  back: retentionPath(survey.id),
})

/**
 * The first step (a GET, or a post without a name) and the second (the name typed wrong) of
 * a deletion; a typed name is kept, so a slip is corrected, not retyped.
 */
function confirmStep(c: Context<AuthEnv>, target: Target, typed?: string) {
  const step = c.req.method === 'GET' ? 1 : 2
  const page = (
    <ConfirmDeletePage
      {...target}
      step={step}
      typed={typed}
      mismatch={typed !== undefined}
      signOut={signedIn(c)}
    />
  )
  return renderPage(c, page, typed === undefined ? 200 : 422)
}

const readName = zValidator('form', typedName, (result, c) => {
  if (!result.success) return renderPage(c, <DashboardMessage page='unreadable' />, 400)
})

retention.get('/:id/waves/:waveId/delete', authorize('admin', dashboardDenial), async (c) => {
  const wave = await findWave(c)
  if (!wave) return renderPage(c, notFound(), 404)
  if (wave.status !== 'closed') return renderPage(c, <DashboardMessage page='notClosed' />, 409)
  return confirmStep(c, waveTarget(wave))
})

retention.post(
  '/:id/waves/:waveId/delete',
  authorize('admin', dashboardDenial),
  readName,
  async (c) => {
    const wave = await findWave(c)
    if (!wave) return renderPage(c, notFound(), 404)
    if (wave.status !== 'closed') return renderPage(c, <DashboardMessage page='notClosed' />, 409)
    const { name } = c.req.valid('form')
    if (name?.trim() !== wave.label) return confirmStep(c, waveTarget(wave), name)
    if (!(await deleteClosedWave(c.env.DB, wave.surveyId, wave.id)))
      return renderPage(c, notFound(), 404)
    return c.redirect(keepLang(c, retentionPath(wave.surveyId)), 303)
  }
)

retention.get('/:id/delete', authorize('admin', dashboardDenial), async (c) => {
  const survey = await surveyOf(c)
  if (!survey) return renderPage(c, notFound(), 404)
  return confirmStep(c, surveyTarget(survey))
})

retention.post('/:id/delete', authorize('admin', dashboardDenial), readName, async (c) => {
  const survey = await surveyOf(c)
  if (!survey) return renderPage(c, notFound(), 404)
  const { name } = c.req.valid('form')
  if (name?.trim() !== survey.slug) return confirmStep(c, surveyTarget(survey), name)
  if (!(await deleteSurvey(c.env.DB, survey.id)))
    return renderPage(c, <DashboardMessage page='waveStillOpen' />, 409)
  return c.redirect(keepLang(c, '/dashboard'), 303)
})
