import { Hono } from 'hono'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { createToken } from '../../api/schemas.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { listApiTokens, revokeApiToken } from '../../db/tokens.ts'
import { createApiToken } from '../../tokens.ts'

export const tokens = new Hono<AuthEnv>()

tokens.use(authorize('admin', apiDenial))

tokens.get(
  '/',
  describeRoute({
    operationId: 'listTokens',
    tag: 'tokens',
    summary: 'List API tokens (never the tokens themselves)',
    status: 200,
    response: res.tokenList,
    example: examples.tokenList,
  }),
  async (c) => c.json({ tokens: await listApiTokens(c.env.DB) })
)

tokens.post(
  '/',
  describeRoute({
    operationId: 'createToken',
    tag: 'tokens',
    summary: 'Create an API token; it is shown once',
    status: 201,
    response: res.tokenCreated,
    example: examples.tokenCreated,
  }),
  validated('json', createToken),
  async (c) => {
    const created = await createApiToken(
      c.env.DB,
      c.req.valid('json'),
      new Date().toISOString().slice(0, 10)
    )
    c.header('Cache-Control', 'no-store')
    return c.json(created, 201)
  }
)

tokens.delete(
  '/:id',
  describeRoute({
    operationId: 'revokeToken',
    tag: 'tokens',
    summary: 'Revoke an API token and its dashboard sessions',
    status: 204,
  }),
  refuses({ 404: 'No such active token' }),
  async (c) => {
    if (!(await revokeApiToken(c.env.DB, c.req.param('id'))))
      throw new ApiError(404, 'No such active token.')
    return c.body(null, 204)
  }
)
