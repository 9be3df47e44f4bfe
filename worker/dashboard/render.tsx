import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Principal } from '../auth/principal.ts'
import { chooseLang } from '../../forms/messages/index.ts'
import { PageContext } from './messages/index.ts'

/**
 * A dashboard page in the language the researcher asked for: `?lang=` or Accept-Language,
 * German otherwise — the same choice the participant pages make.
 */
export function renderPage(c: Context, page: Child, status?: ContentfulStatusCode) {
  const query = c.req.query('lang')
  const lang = chooseLang(query, c.req.header('accept-language'))
  const chosen = query === lang
  const role = (c.get('principal') as Principal | undefined)?.role ?? undefined
  return c.html(
    <PageContext.Provider value={{ lang, path: c.req.path, chosen, role }}>
      {page}
    </PageContext.Provider>,
    status
  )
}

/** A dashboard path to redirect to, keeping the language the researcher chose by `?lang=`. */
export function keepLang(c: Context, path: string) {
  const lang = c.req.query('lang')
  return lang === 'en' || lang === 'de' ? `${path}?lang=${lang}` : path
}
