import { Hono } from 'hono'
import { assets } from '../../forms/assets.ts'
import { AccessibilityStatement } from '../../forms/pages/AccessibilityStatement.tsx'
import type { AppEnv } from '../app-env.ts'

/** The pages around the forms: the accessibility statement and the hashed static assets. */
export const pages = new Hono<AppEnv>()

pages.get('/barrierefreiheit', (c) =>
  c.html(<AccessibilityStatement m={c.var.m} contact={c.env.ACCESSIBILITY_CONTACT} />)
)

pages.get('/assets/:file{lernraum\\.[a-z0-9]+\\.(css|js)}', (c) => {
  const [, hash, kind] = c.req.param('file').split('.')
  const asset = assets[kind as keyof typeof assets]
  if (asset.hash !== hash) return c.notFound()
  return c.body(asset.body, 200, {
    'Content-Type': asset.type,
    'Cache-Control': 'public, max-age=31536000, immutable',
  })
})
