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

interface FormState {
  hidden?: Record<string, string>
  typed?: RawAnswers
  errors?: FieldError[]
  retry?: boolean
}

/** Draws a survey's form in the person's language, posting back to the same address. */
export function showForm(
  c: Context<AppEnv>,
  survey: OpenSurvey,
  state: FormState,
  status: 200 | 422 | 503 = 200
) {
  const lang = c.var.lang
  const path = new URL(c.req.url).pathname
  // A form page holds a one-time nonce or an invitation: no cache may keep or share it.
  c.header('Cache-Control', 'no-store')
  return c.html(
    <FormPage
      form={survey.form}
      m={c.var.m}
      action={`${path}?lang=${lang}`}
      switchHref={`${path}?lang=${lang === 'de' ? 'en' : 'de'}`}
      disclosure={disclosureConfig(c.env)}
      {...state}
    />,
    status
  )
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
