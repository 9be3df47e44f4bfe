import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

/**
 * The identity `npm start` gives its dev server, so the report CLI triggers only its own and
 * not whatever else listens on the port. Served only where LOCAL_INSTANCE is set, which only
 * `npm start` does: deployed, this path is a 404 like any other.
 */
export const localInstance = new Hono<AppEnv>()

localInstance.get('/__lernraum/instance', (c) => {
  if (!c.env.LOCAL_INSTANCE) return c.notFound()
  c.header('Cache-Control', 'no-store')
  return c.text(c.env.LOCAL_INSTANCE)
})
