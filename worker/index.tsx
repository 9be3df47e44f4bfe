import { Hono } from 'hono'
import type { AppEnv } from './app-env.ts'
import { renderError, renderNotFound } from './errors.tsx'
import { language } from './middleware/language.ts'
import { securityHeaders } from './middleware/security.ts'
import { api } from './routes/api/index.ts'
import { pages } from './routes/pages.tsx'
import { participate } from './routes/participate.tsx'

export const app = new Hono<AppEnv>()

app.use(securityHeaders, language)
app.route('/api', api)
app.route('/', participate)
app.route('/', pages)
app.notFound(renderNotFound)
app.onError(renderError)

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
