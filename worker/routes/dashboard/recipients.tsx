import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import * as z from '../../../forms/zod.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { RecipientsPage, type RecipientError } from '../../dashboard/RecipientsPage.tsx'
import { recipientsPath } from '../../dashboard/ReportsPage.tsx'
import { renderPage } from '../../dashboard/render.tsx'
import { addRecipient, listRecipients, removeRecipient } from '../../db/recipients.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { pathWith } from './reports.tsx'
import { dashboardDenial, signedIn } from './session.tsx'

// zod's email pattern (z.regexes.email), written out: importing it brings every pattern zod
// has into the bundle. Plain ASCII only, nothing that could split a To: header in two.
const EMAIL =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/
const address = z.string().check(z.trim(), z.maxLength(254), z.regex(EMAIL))
const addForm = z.object({ address })
const removeForm = z.object({ address: z.string() })

const notFound = () => (
  <DashboardMessage page='notFound' back={{ href: '/dashboard/reports', label: 'toReports' }} />
)

/** The page again: the list, and the form with what was typed and what went wrong. */
async function showPage(
  c: Context<AuthEnv>,
  surveyId: string,
  mistake?: { typed: string; error: RecipientError }
) {
  const survey = await findSurveySummary(c.env.DB, surveyId)
  if (!survey) return renderPage(c, notFound(), 404)
  return renderPage(
    c,
    <RecipientsPage
      survey={survey}
      recipients={await listRecipients(c.env.DB, survey.id)}
      fallback={c.env.REPORT_TO}
      typed={mistake?.typed}
      error={mistake?.error}
      signOut={signedIn(c)}
    />,
    mistake ? 422 : 200
  )
}

/** A survey's report recipients in D1: researchers read them, admins add and remove. */
export const recipients = new Hono<AuthEnv>()

recipients.get('/:id/recipients', (c) => showPage(c, c.req.param('id')))

recipients.post(
  '/:id/recipients',
  authorize('admin', dashboardDenial),
  zValidator('form', addForm, (result, hooked) => {
    if (result.success) return
    const c = hooked as Context<AuthEnv>
    const raw = (result.data as Record<string, unknown>).address
    const typed = typeof raw === 'string' ? raw : ''
    return showPage(c, c.req.param('id')!, { typed, error: typed.trim() ? 'invalid' : 'empty' })
  }),
  async (c) => {
    const surveyId = c.req.param('id')
    const { address } = c.req.valid('form')
    if (!(await findSurveySummary(c.env.DB, surveyId))) return renderPage(c, notFound(), 404)
    if (!(await addRecipient(c.env.DB, surveyId, address)))
      return showPage(c, surveyId, { typed: address, error: 'duplicate' })
    return c.redirect(pathWith(c, recipientsPath(surveyId), {}), 303)
  }
)

recipients.post(
  '/:id/recipients/remove',
  authorize('admin', dashboardDenial),
  zValidator('form', removeForm, (result, c) => {
    if (!result.success) return c.redirect(recipientsPath(c.req.param('id')!), 303)
  }),
  async (c) => {
    const surveyId = c.req.param('id')
    // Removing an address that is not there changes nothing, as a second press should.
    await removeRecipient(c.env.DB, surveyId, c.req.valid('form').address)
    return c.redirect(pathWith(c, recipientsPath(surveyId), {}), 303)
  }
)
