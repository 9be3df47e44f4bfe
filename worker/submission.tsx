import type { Context } from 'hono'
import { FormPage, type FormNotice } from '../forms/pages/FormPage.tsx'
import { MessagePage } from '../forms/pages/Layout.tsx'
import {
  findForeignField,
  validateAnswers,
  type FieldError,
  type RawAnswers,
} from '../forms/validate.ts'
import type { AppEnv } from './app-env.ts'
import { disclosureConfig } from '../analysis/disclosure.ts'
import type { AnswerValue } from '../forms/kinds/types.ts'
import { newId } from './crypto.ts'
import { poolSubmit, type PoolOutcome } from './db/pool.ts'
import { flushAfterSubmit } from './flush.ts'
import { paddedSize, sealSubmit } from './pooled.ts'
import { sealKeys, spendMarkers } from './seal.ts'
import type { OpenSurvey } from './db/surveys.ts'
import { Refusal } from './errors.tsx'
import { knowSurvey } from './about.ts'
import { readFormPost } from './post.ts'
import { isStorageFault, RETRY_AFTER_SECONDS } from './storage-fault.ts'
import { blankFormPage, NONCE_SLOT, PATH_SLOT } from './blank-forms.ts'

interface FormState {
  hidden?: Record<string, string>
  typed?: RawAnswers
  errors?: FieldError[]
  notice?: FormNotice
}

/** Draws a survey's form in the person's language, posting back to the same address. */
export async function showForm(
  c: Context<AppEnv>,
  survey: OpenSurvey,
  state: FormState,
  status: 200 | 422 | 429 | 500 | 503 = 200
) {
  const lang = c.var.lang
  const path = new URL(c.req.url).pathname
  const disclosure = disclosureConfig(c.env)
  const about = knowSurvey(c, survey.form)
  const page = (action: string, hidden = state.hidden) => (
    <FormPage
      form={survey.form}
      m={c.var.m}
      action={`${action}?lang=${lang}`}
      switchHref={`${action}?lang=${lang === 'de' ? 'en' : 'de'}`}
      disclosure={disclosure}
      about={about}
      openLink={survey.waveMode === 'open'}
      {...state}
      hidden={hidden}
    />
  )
  // A form page holds a one-time nonce or an invitation: no cache may keep or share it.
  c.header('Cache-Control', 'no-store')
  const { _nonce: nonce, ...otherHidden } = state.hidden ?? {}
  const blank = !state.typed && !state.errors && !state.notice && status === 200
  if (!blank || Object.keys(otherHidden).length > 0) return c.html(page(path), status)
  const key = [
    survey.surveyId,
    survey.formVersion,
    lang,
    survey.waveMode,
    nonce ? 'open' : 'invited',
  ]
  const html = await blankFormPage(
    `${key.join(':')}:${JSON.stringify(disclosure)}`,
    async () => String(await page(PATH_SLOT, nonce ? { _nonce: NONCE_SLOT } : {}).toString()),
    { path, nonce }
  )
  return c.html(html)
}

/**
 * What a posted form claims: the invitation or nonce it spends and the hidden fields it
 * carries back. `expired`: the form's nonce is genuine but too old; nothing is stored and the
 * form comes back with the fresh nonce in `hidden`.
 */
export interface Admission {
  claim: Claim
  hidden?: Record<string, string>
  expired?: boolean
}

/**
 * The one submit path of open links and invitations: refuse what no form of ours sends,
 * limit submits per client address, show mistakes with every answer kept, store atomically,
 * and on a storage failure show the answers again so they can be sent once more.
 */
export async function submitAnswers(
  c: Context<AppEnv>,
  survey: OpenSurvey,
  admit: (fields: RawAnswers) => Promise<Admission>
) {
  const fields = await readFormPost(c.req.raw)
  if (typeof fields === 'string') throw new Refusal(fields === 'contentType' ? 415 : 400, fields)
  const { claim, hidden = {}, expired } = await admit(fields)
  if (findForeignField(survey.form, fields, Object.keys(hidden)))
    throw new Refusal(400, 'unknownField')
  const typed = Object.fromEntries(Object.entries(fields).filter(([name]) => !(name in hidden)))
  if (!(await withinSubmitLimit(c))) {
    c.header('Retry-After', SUBMIT_LIMIT_PERIOD_SECONDS)
    return showForm(c, survey, { hidden, typed, notice: 'rateLimited' }, 429)
  }
  const result = validateAnswers(survey.form, typed, c.var.m)
  const errors = result.ok ? undefined : result.errors
  // As for a mistake in the answers (GOV.UK: the page again, with 422): the submit was
  // understood but not taken, and a 200 would tell a script or proxy that it went through.
  if (expired) return showForm(c, survey, { hidden, typed, errors, notice: 'expired' }, 422)
  if (!result.ok) return showForm(c, survey, { hidden, typed, errors }, 422)
  let pooled: PoolOutcome
  try {
    pooled = await sealIntoPool(c.env, survey, result.answers, claim)
  } catch (err) {
    console.error(
      `lernraum: storing a response failed (${err instanceof Error ? err.name : 'unknown'})`
    )
    // A fault that will not pass (a missing table, a constraint) is a 500 without Retry-After,
    // since sending again fails the same way; the answers stay on the page all the same.
    if (!(err instanceof Error) || !isStorageFault(err))
      return showForm(c, survey, { hidden, typed, notice: 'failed' }, 500)
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return showForm(c, survey, { hidden, typed, notice: 'retry' }, 503)
  }
  const m = c.var.m
  if (pooled.outcome === 'closed')
    return c.html(
      <MessagePage m={m} title={m.closed.title} body={m.closed.body} about={c.var.about} />,
      410
    )
  if (pooled.outcome === 'duplicate' && claim.tokenHash)
    return c.html(
      <MessagePage m={m} title={m.already.title} body={m.already.body} about={c.var.about} />,
      409
    )
  if (pooled.outcome === 'pooled' && pooled.pooled >= 2 * disclosureConfig(c.env).minGroupSize)
    c.executionCtx.waitUntil(
      // The submit is stored; a flush that fails here is retried by the next submit or run.
      flushAfterSubmit(c.env, survey.waveId!).catch((err: Error) =>
        console.error(`lernraum flush: ${err.name}`)
      )
    )
  return c.redirect(`/s/${survey.slug}/danke?lang=${c.var.lang}`, 303)
}

/** The period of SUBMIT_LIMITER in wrangler.toml, asked of a client over its limit. */
const SUBMIT_LIMIT_PERIOD_SECONDS = '60'

/**
 * Whether the client's address may submit once more (SUBMIT_LIMITER, wrangler.toml). Every
 * submit that gets this far counts, valid or not. Locally without the header (unit tests
 * calling the Worker directly) all callers share one key.
 */
async function withinSubmitLimit(c: Context<AppEnv>) {
  const key = c.req.header('cf-connecting-ip') ?? 'local'
  const { success } = await c.env.SUBMIT_LIMITER.limit({ key })
  return success
}

/**
 * What makes a submit single: the invitation token or the form nonce it spends (`spends`,
 * namespaced so a nonce can never collide with a token), and for an invitation the hash
 * of its token, so the flush can mark it used.
 */
export interface Claim {
  spends: string
  tokenHash?: string
}

/** Seals a valid submit into its wave's pool and spends its claim, in one write. */
async function sealIntoPool(
  env: Env,
  survey: OpenSurvey,
  answers: Record<string, AnswerValue>,
  claim: Claim
) {
  const keys = await sealKeys(env)
  const at = {
    waveId: survey.waveId!,
    formVersion: survey.formVersion,
    paddedBytes: await paddedSize(survey.form, `${survey.surveyId}:${survey.formVersion}`),
  }
  const sealed = await sealSubmit(keys, { answers, tokenHash: claim.tokenHash }, at)
  const markers = await spendMarkers(keys, claim.spends)
  return poolSubmit(env.DB, { id: newId(), ...at, sealed }, markers)
}
