import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Principal } from '../auth/principal.ts'
import { chooseLang } from '../../forms/messages/index.ts'
import { renderIn } from './messages/index.ts'

/**
 * A dashboard page in the language the researcher asked for: `?lang=` or Accept-Language,
 * German otherwise — the same choice the participant pages make.
 */
export function renderPage(c: Context, page: Child, status?: ContentfulStatusCode) {
  const query = c.req.query('lang')
  const lang = chooseLang(query, c.req.header('accept-language'))
  const chosen = query === lang
  const role = (c.get('principal') as Principal | undefined)?.role ?? undefined
  const html = renderIn({ lang, path: c.req.path, chosen, role }, () =>
    (page as { toString(): string | Promise<string> }).toString()
  )
  // An async component would finish after `renderIn` returned, in the wrong language.
  if (typeof html !== 'string') throw new Error('dashboard pages must render synchronously')
  return c.html(html, status)
}

/** A dashboard path to redirect to, keeping the language the researcher chose by `?lang=`. */
export function keepLang(c: Context, path: string) {
  const lang = c.req.query('lang')
  return lang === 'en' || lang === 'de' ? `${path}?lang=${lang}` : path
}
