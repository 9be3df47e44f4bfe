import type { Context } from 'hono'
import { FormPage } from '../forms/pages/FormPage.tsx'
import { MessagePage } from '../forms/pages/Layout.tsx'
import {
  findForeignField,
  validateAnswers,
  type FieldError,
  type RawAnswers,
} from '../forms/validate.ts'
import type { AppEnv } from './app-env.ts'
import { disclosureConfig } from '../analysis/disclosure.ts'
import { newId } from './crypto.ts'
import { storeResponse, type Claim } from './db/responses.ts'
import type { OpenSurvey } from './db/surveys.ts'
import { Refusal } from './errors.tsx'
import { readFormPost } from './post.ts'
import { RETRY_AFTER_SECONDS } from './storage-fault.ts'
import { blankFormPage, NONCE_SLOT, PATH_SLOT } from './blank-forms.ts'

interface FormState {
  hidden?: Record<string, string>
  typed?: RawAnswers
  errors?: FieldError[]
  retry?: boolean
}

/** Draws a survey's form in the person's language, posting back to the same address. */
export async function showForm(
  c: Context<AppEnv>,
  survey: OpenSurvey,
  state: FormState,
  status: 200 | 422 | 503 = 200
) {
  const lang = c.var.lang
  const path = new URL(c.req.url).pathname
  const disclosure = disclosureConfig(c.env)
  const page = (action: string, hidden = state.hidden) => (
    <FormPage
      form={survey.form}
      m={c.var.m}
      action={`${action}?lang=${lang}`}
      switchHref={`${action}?lang=${lang === 'de' ? 'en' : 'de'}`}
      disclosure={disclosure}
      {...state}
      hidden={hidden}
    />
  )
  // A form page holds a one-time nonce or an invitation: no cache may keep or share it.
  c.header('Cache-Control', 'no-store')
  const { _nonce: nonce, ...otherHidden } = state.hidden ?? {}
  const blank = !state.typed && !state.errors && !state.retry && status === 200
  if (!blank || Object.keys(otherHidden).length > 0) return c.html(page(path), status)
  const key = [survey.surveyId, survey.formVersion, lang, nonce ? 'open' : 'invited']
  const html = await blankFormPage(
    `${key.join(':')}:${JSON.stringify(disclosure)}`,
    async () => String(await page(PATH_SLOT, nonce ? { _nonce: NONCE_SLOT } : {}).toString()),
    { path, nonce }
  )
  return c.html(html)
}

/**
 * The one submit path of open links and invitations: refuse what no form of ours sends,
 * show mistakes with every answer kept, store atomically, and on a storage failure show the
 * answers again so they can be sent once more.
 */
export async function submitAnswers(
  c: Context<AppEnv>,
  survey: OpenSurvey,
  claimOf: (fields: RawAnswers) => Promise<{ claim: Claim; hidden?: Record<string, string> }>
) {
  const fields = await readFormPost(c.req.raw)
  if (typeof fields === 'string') throw new Refusal(fields === 'contentType' ? 415 : 400, fields)
  const { claim, hidden = {} } = await claimOf(fields)
  if (findForeignField(survey.form, fields, Object.keys(hidden)))
    throw new Refusal(400, 'unknownField')
  const typed = Object.fromEntries(Object.entries(fields).filter(([name]) => !(name in hidden)))
  const result = validateAnswers(survey.form, typed, c.var.m)
  if (!result.ok) return showForm(c, survey, { hidden, typed, errors: result.errors }, 422)
  let outcome
  try {
    outcome = await storeResponse(
      c.env.DB,
      {
        id: newId(),
        surveyId: survey.surveyId,
        waveId: survey.waveId!,
        formVersion: survey.formVersion,
        answers: result.answers,
      },
      claim
    )
  } catch (err) {
    console.error(`lernraum: storing a response failed (${(err as Error).name})`)
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return showForm(c, survey, { hidden, typed, retry: true }, 503)
  }
  const m = c.var.m
  if (outcome === 'duplicate' && 'tokenHash' in claim)
    return c.html(<MessagePage m={m} title={m.already.title} body={m.already.body} />, 409)
  return c.redirect(`/s/${survey.slug}/danke?lang=${c.var.lang}`, 303)
}
