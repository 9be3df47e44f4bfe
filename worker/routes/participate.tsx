import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { disclosureConfig } from '../../analysis/disclosure.ts'
import { MessagePage } from '../../forms/pages/Layout.tsx'
import { ThanksPage } from '../../forms/pages/ThanksPage.tsx'
import { knowSurvey } from '../about.ts'
import type { AppEnv } from '../app-env.ts'
import { looksLikeToken, sha256 } from '../crypto.ts'
import { checkNonce, issueNonce } from '../form-nonce.ts'
import { sealKeys, spendMarkers } from '../seal.ts'
import { findInvitation } from '../db/invitations.ts'
import { findSurveyById, findSurveyBySlug, type OpenSurvey } from '../db/surveys.ts'
import { Refusal } from '../errors.tsx'
import { showForm, submitAnswers } from '../submission.tsx'
import { sameOriginPost } from '../middleware/same-origin.ts'

/** Larger than any form's longest answers together, small enough to refuse a flood early. */
export const MAX_POST_BYTES = 64 * 1024

// On the posts only: a form page is the hottest path and has no body to limit.
const limitPost = bodyLimit({
  maxSize: MAX_POST_BYTES,
  onError: () => {
    throw new Refusal(413, 'tooLarge')
  },
})

export const participate = new Hono<AppEnv>()

participate.get('/s/:slug', async (c) => {
  const survey = await openSurvey(c, c.req.param('slug'))
  if (survey instanceof Response) return survey
  const nonce = await issueNonce(await sealKeys(c.env), survey.waveId)
  return showForm(c, survey, { hidden: { _nonce: nonce } })
})

participate.post('/s/:slug', limitPost, sameOriginPost, async (c) => {
  const survey = await openSurvey(c, c.req.param('slug'))
  if (survey instanceof Response) return survey
  return submitAnswers(c, survey, async (fields) => {
    const keys = await sealKeys(c.env)
    const nonce = fields._nonce?.[0] ?? ''
    const check = await checkNonce(keys, nonce, survey.waveId)
    // Only a nonce this Worker signed for this wave is taken: an invented one stores nothing.
    if (check === 'invalid') throw new Refusal(400, 'staleForm')
    const hidden = { _nonce: check === 'expired' ? await issueNonce(keys, survey.waveId) : nonce }
    return { claim: { spends: `nonce:${nonce}` }, hidden, expired: check === 'expired' }
  })
})

participate.get('/s/:slug/danke', async (c) => {
  const slug = c.req.param('slug')
  const survey = await findSurveyBySlug(c.env.DB, slug)
  return c.html(
    <ThanksPage
      m={c.var.m}
      clearDraft={slug}
      disclosure={disclosureConfig(c.env)}
      about={survey ? knowSurvey(c, survey.form) : undefined}
      closesOn={survey?.closesOn}
      interview={survey?.form.kind === 'interview'}
    />
  )
})

participate.get('/i/:token', async (c) => {
  c.header('Cache-Control', 'no-store')
  const found = await invitedSurvey(c, c.req.param('token'))
  if (found instanceof Response) return found
  return showForm(c, found.survey, {})
})

participate.post('/i/:token', limitPost, sameOriginPost, async (c) => {
  c.header('Cache-Control', 'no-store')
  const found = await invitedSurvey(c, c.req.param('token'))
  if (found instanceof Response) return found
  return submitAnswers(c, found.survey, async () => ({
    claim: { spends: `invitation:${found.token}`, tokenHash: found.tokenHash },
  }))
})

/**
 * The survey behind an open link, or the page that says why it cannot be answered. The open
 * link of an invitation wave is refused with 403, to a GET and a POST alike, before anything
 * is read or stored: the survey is there and running (neither 404 nor the 410 of a closed
 * wave), but this is not the way in.
 */
async function openSurvey(
  c: Context<AppEnv>,
  slug: string
): Promise<(OpenSurvey & { waveId: string }) | Response> {
  const survey = await findSurveyBySlug(c.env.DB, slug)
  const m = c.var.m
  if (!survey)
    return c.html(<MessagePage m={m} title={m.notFound.title} body={m.notFound.body} />, 404)
  const about = knowSurvey(c, survey.form)
  if (!survey.waveId)
    return c.html(
      <MessagePage m={m} title={m.closed.title} body={m.closed.body} about={about} />,
      410
    )
  if (survey.waveMode !== 'open') {
    const page = m.invitationOnly
    return c.html(<MessagePage m={m} title={page.title} body={page.body} about={about} />, 403)
  }
  return { ...survey, waveId: survey.waveId }
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
  const survey = await findSurveyById(c.env.DB, invitation.surveyId)
  const about = survey ? knowSurvey(c, survey.form) : undefined
  // A pooled link answers exactly as a used one: the page must not tell whether a flush ran.
  if (invitation.used)
    return c.html(
      <MessagePage m={m} title={m.already.title} body={m.already.body} about={about} />,
      410
    )
  if (!survey || survey.waveId !== invitation.waveId)
    return c.html(
      <MessagePage m={m} title={m.closed.title} body={m.closed.body} about={about} />,
      410
    )
  return { survey, token, tokenHash }
}
