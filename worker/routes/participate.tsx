import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { MessagePage } from '../../forms/pages/Layout.tsx'
import type { AppEnv } from '../app-env.ts'
import { looksLikeToken, newToken, sha256 } from '../crypto.ts'
import { sealKeys, spendMarkers } from '../seal.ts'
import { findInvitation } from '../db/invitations.ts'
import { findSurveyById, findSurveyBySlug, type OpenSurvey } from '../db/surveys.ts'
import { Refusal } from '../errors.tsx'
import { showForm, submitAnswers } from '../submission.tsx'

/** Larger than any form's longest answers together, small enough to refuse a flood early. */
export const MAX_POST_BYTES = 64 * 1024

const guardPost = [
  bodyLimit({
    maxSize: MAX_POST_BYTES,
    onError: () => {
      throw new Refusal(413, 'tooLarge')
    },
  }),
  csrf(),
]

export const participate = new Hono<AppEnv>()

participate.use('/s/:slug', ...guardPost)
participate.use('/i/:token', ...guardPost)

participate.get('/s/:slug', async (c) => {
  const survey = await openSurvey(c, c.req.param('slug'))
  if (survey instanceof Response) return survey
  return showForm(c, survey, { hidden: { _nonce: newToken() } })
})

participate.post('/s/:slug', async (c) => {
  const survey = await openSurvey(c, c.req.param('slug'))
  if (survey instanceof Response) return survey
  return submitAnswers(c, survey, async (fields) => {
    const nonce = fields._nonce?.[0]
    if (!nonce || !looksLikeToken(nonce)) throw new Refusal(400, 'staleForm')
    return { claim: { spends: `nonce:${nonce}` }, hidden: { _nonce: nonce } }
  })
})

participate.get('/s/:slug/danke', (c) => {
  const m = c.var.m
  return c.html(
    <MessagePage
      m={m}
      title={m.thanks.title}
      body={m.thanks.body}
      clearDraft={c.req.param('slug')}
    />
  )
})

participate.get('/i/:token', async (c) => {
  c.header('Cache-Control', 'no-store')
  const found = await invitedSurvey(c, c.req.param('token'))
  if (found instanceof Response) return found
  return showForm(c, found.survey, {})
})

participate.post('/i/:token', async (c) => {
  c.header('Cache-Control', 'no-store')
  const found = await invitedSurvey(c, c.req.param('token'))
  if (found instanceof Response) return found
  return submitAnswers(c, found.survey, async () => ({
    claim: { spends: `invitation:${found.token}`, tokenHash: found.tokenHash },
  }))
})

/** The survey behind an open link, or the page that says why it cannot be answered. */
async function openSurvey(c: Context<AppEnv>, slug: string): Promise<OpenSurvey | Response> {
  const survey = await findSurveyBySlug(c.env.DB, slug)
  const m = c.var.m
  if (!survey)
    return c.html(<MessagePage m={m} title={m.notFound.title} body={m.notFound.body} />, 404)
  if (!survey.waveId)
    return c.html(<MessagePage m={m} title={m.closed.title} body={m.closed.body} />, 410)
  return survey
}

/** The survey an invitation belongs to, for its own wave only, or why it cannot be used. */
async function invitedSurvey(c: Context<AppEnv>, token: string) {
  const m = c.var.m
  const invalid = () =>
    c.html(<MessagePage m={m} title={m.invalidLink.title} body={m.invalidLink.body} />, 404)
  if (!looksLikeToken(token)) return invalid()
  const tokenHash = await sha256(token)
  const markers = await spendMarkers(await sealKeys(c.env), `invitation:${token}`)
  const invitation = await findInvitation(c.env.DB, tokenHash, markers)
  if (!invitation) return invalid()
  // A pooled link answers exactly as a used one: the page must not tell whether a flush ran.
  if (invitation.used)
    return c.html(<MessagePage m={m} title={m.already.title} body={m.already.body} />, 410)
  const survey = await findSurveyById(c.env.DB, invitation.surveyId)
  if (!survey || survey.waveId !== invitation.waveId)
    return c.html(<MessagePage m={m} title={m.closed.title} body={m.closed.body} />, 410)
  return { survey, token, tokenHash }
}
