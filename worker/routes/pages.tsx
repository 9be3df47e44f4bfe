import { Hono, type Context } from 'hono'
import { assets } from '../../forms/assets.ts'
import { faviconPath, faviconSvg } from '../../forms/favicon.ts'
import { AccessibilityStatement } from '../../forms/pages/AccessibilityStatement.tsx'
import type { AppEnv } from '../app-env.ts'

/** The pages around the forms: the accessibility statement, the static assets, robots.txt. */
export const pages = new Hono<AppEnv>()

pages.get('/barrierefreiheit', (c) =>
  c.html(<AccessibilityStatement m={c.var.m} contact={c.env.ACCESSIBILITY_CONTACT} />)
)

pages.get('/assets/:file{lernraum\\.[a-z0-9]+\\.(?:css|js)}', (c) => {
  const [, hash, kind] = c.req.param('file').split('.')
  const asset = assets[kind as keyof typeof assets]
  if (asset.hash !== hash) return c.notFound()
  return c.body(asset.body, 200, {
    'Content-Type': asset.type,
    'Cache-Control': 'public, max-age=31536000, immutable',
  })
})

const favicon = (c: Context) =>
  c.body(faviconSvg, 200, {
    'Content-Type': 'image/svg+xml',
    'Cache-Control': 'public, max-age=86400',
  })
pages.get(faviconPath, favicon)
// Browsers and link checkers ask for /favicon.ico whatever a page links; the SVG answers.
pages.get('/favicon.ico', favicon)

// A survey link is an invitation to one group: a search engine that indexed /s/… or /i/…
// would hand it to anyone. Nothing here is meant to be found by search.
pages.get('/robots.txt', (c) =>
  c.body('User-agent: *\nDisallow: /\n', 200, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'public, max-age=86400',
  })
)
