import type { About } from '../forms/about.ts'
import type { Lang, Messages } from '../forms/messages/index.ts'

/**
 * What every route can rely on: the bindings and the participant's language; once a route
 * knows the survey, who is asking in it.
 */
export type AppEnv = {
  Bindings: Env
  Variables: { lang: Lang; m: Messages; about?: About }
}
