import { Hono } from 'hono'
import { createToken } from '../../api/schemas.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { listApiTokens, revokeApiToken } from '../../db/tokens.ts'
import { createApiToken } from '../../tokens.ts'

export const tokens = new Hono<AuthEnv>()

tokens.use(authorize('admin', apiDenial))

tokens.get('/', async (c) => c.json({ tokens: await listApiTokens(c.env.DB) }))

tokens.post('/', validated('json', createToken), async (c) => {
  const created = await createApiToken(
    c.env.DB,
    c.req.valid('json'),
    new Date().toISOString().slice(0, 10)
  )
  c.header('Cache-Control', 'no-store')
  return c.json(created, 201)
})

tokens.delete('/:id', async (c) => {
  if (!(await revokeApiToken(c.env.DB, c.req.param('id'))))
    return c.json({ error: { status: 404, message: 'No such active token.' } }, 404)
  return c.body(null, 204)
})
