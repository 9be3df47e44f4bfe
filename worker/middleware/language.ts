import { createMiddleware } from 'hono/factory'
import { chooseLang, messagesFor } from '../../forms/messages/index.ts'
import type { AppEnv } from '../app-env.ts'

/** Picks the participant's language once per request; every page and error uses it. */
export const language = createMiddleware<AppEnv>(async (c, next) => {
  const lang = chooseLang(c.req.query('lang'), c.req.header('accept-language'))
  c.set('lang', lang)
  c.set('m', messagesFor(lang))
  c.header('Content-Language', lang)
  c.header('Vary', 'Accept-Language')
  await next()
})
