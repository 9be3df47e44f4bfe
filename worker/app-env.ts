import type { Lang, Messages } from '../forms/messages/index.ts'

/** What every route can rely on: the bindings and the participant's language. */
export type AppEnv = {
  Bindings: Env
  Variables: { lang: Lang; m: Messages }
}
