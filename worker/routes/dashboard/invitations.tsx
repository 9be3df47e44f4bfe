import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { toCsv } from '../../../analysis/csv.ts'
import * as z from '../../../forms/zod.ts'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { dashboardMessages } from '../../dashboard/messages/index.ts'
import { checkInvitationForm, type InvitationFormInput } from '../../dashboard/invitation-form.ts'
import { CreatedLinksPage, PrintableLinksPage } from '../../dashboard/InvitationLinks.tsx'
import { InvitationsPage } from '../../dashboard/InvitationsPage.tsx'
import { renderPage } from '../../dashboard/render.tsx'
import { listInvitationAdditions } from '../../db/invitations.ts'
import { participationByMinistry } from '../../db/participation.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { createInvitationLinks, invitableWave } from '../../invitations.ts'
import { chooseLang } from '../../../forms/messages/index.ts'
import { dashboardDenial, signedIn } from './session.tsx'
import { notFound, unreadable } from './waves.tsx'

const invitationForm = z.record(z.string(), z.string())

async function loadPage(db: D1Database, surveyId: string) {
  const survey = await findSurveySummary(db, surveyId)
  if (!survey) return null
  const wave = await invitableWave(db, surveyId)
  return {
    survey,
    wave,
    invited: typeof wave === 'string' ? [] : await participationByMinistry(db, wave.id),
    log: await listInvitationAdditions(db, surveyId),
  }
}

/** A survey's invitation links: admins create them, everyone who reads sees the record. */
export const invitations = new Hono<AuthEnv>()

invitations.get('/invitations', async (c) => {
  const data = await loadPage(c.env.DB, c.req.param('id')!)
  if (!data) return renderPage(c, notFound(), 404)
  return renderPage(c, <InvitationsPage data={data} signOut={signedIn(c)} />)
})

invitations.post(
  '/invitations',
  authorize('admin', dashboardDenial),
  zValidator('form', invitationForm, (result, c) => {
    if (!result.success) return unreadable(c)
  }),
  async (c) => {
    const data = await loadPage(c.env.DB, c.req.param('id')!)
    if (!data) return renderPage(c, notFound(), 404)
    const typed: InvitationFormInput = c.req.valid('form')
    const { survey, wave } = data
    if (typeof wave === 'string')
      return renderPage(c, <InvitationsPage data={data} signOut={signedIn(c)} />, 409)
    const checked = checkInvitationForm(typed)
    if ('errors' in checked)
      return renderPage(
        c,
        <InvitationsPage data={data} typed={typed} errors={checked.errors} signOut={signedIn(c)} />,
        422
      )
    const links = await createInvitationLinks(c.env, wave, checked.batches, {
      createdBy: c.var.principal.subject,
      createdOn: new Date().toISOString().slice(0, 10),
    })
    // Shown once, never redirected to: a page or file in a cache would keep the links.
    c.header('Cache-Control', 'no-store')
    if (checked.format === 'csv') {
      const t = dashboardMessages(chooseLang(c.req.query('lang'), c.req.header('accept-language')))
      const rows = links.flatMap((b) => b.links.map((l) => [b.ministry, l]))
      return c.body(toCsv(t.invitations.csvHeader, rows), 201, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${survey.slug}-${wave.id}-${t.invitations.csvName}.csv"`,
      })
    }
    const Page = checked.format === 'print' ? PrintableLinksPage : CreatedLinksPage
    return renderPage(
      c,
      <Page survey={survey} wave={wave} links={links} signOut={signedIn(c)} />,
      201
    )
  }
)
