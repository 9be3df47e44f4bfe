import type { Context } from 'hono'
import { aboutSurvey, type About } from '../forms/about.ts'
import type { FormDefinition } from '../forms/schema.ts'
import type { AppEnv } from './app-env.ts'

/**
 * Who asks in this survey, remembered for the request: every page drawn from here on, an
 * error page too, shows it.
 */
export function knowSurvey(c: Context<AppEnv>, form: FormDefinition): About {
  const about = aboutSurvey(c.env, form.about, c.var.lang)
  c.set('about', about)
  return about
}
