import { Hono } from 'hono'
import { toCsv } from '../../../analysis/csv.ts'
import { findMinistry } from '../../../analysis/ministries.ts'
import { createInvitations } from '../../api/schemas.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize, type AuthEnv } from '../../auth/authorize.ts'
import { newToken, sha256 } from '../../crypto.ts'
import { insertInvitations, listInvitationAdditions } from '../../db/invitations.ts'
import { findSurveySummary } from '../../db/surveys.ts'
import { listWaves } from '../../db/waves.ts'
import { publicOrigin } from '../../public-origin.ts'
import { wantsCsv } from './negotiate.ts'

export const invitations = new Hono<AuthEnv>()

/**
 * Creates single-use links per ministry for the open wave. The links are returned exactly
 * once: only their hashes are stored, so nobody can look them up again. Each creation is
 * logged (who, which day, how many, which ministry) for every researcher to see, since
 * invitations added while a wave runs could pad it with answers of the creator's own.
 */
invitations.post(
  '/:id/invitations',
  authorize('admin', apiDenial),
  validated('json', createInvitations),
  async (c) => {
    const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
    if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
    const wave = (await listWaves(c.env.DB, survey.id)).find((w) => w.status === 'open')
    if (!wave)
      return c.json({ error: { status: 409, message: 'The survey has no open wave.' } }, 409)
    // An open-link wave is answered through /s/:slug only; invitations would mix two ways in.
    if (wave.mode === 'open')
      return c.json(
        {
          error: {
            status: 409,
            message: 'The open wave is answered through its open link; open an invitation wave.',
          },
        },
        409
      )
    const body = c.req.valid('json')
    const batches = 'invitations' in body ? body.invitations : [body]
    const unknown = batches.filter((b) => !findMinistry(b.ministry))
    if (unknown.length)
      return c.json(
        {
          error: {
            status: 400,
            message: 'Unknown ministry: use an abbreviation or name from GET /api/ministries.',
            fields: unknown.map((b) => ({
              path: 'ministry',
              message: `"${b.ministry}" is not on the list`,
            })),
          },
        },
        400
      )
    const origin = publicOrigin(c.env)
    const addedBy = {
      createdBy: c.var.principal.subject,
      createdOn: new Date().toISOString().slice(0, 10),
    }
    const created = batches.map((b) => ({
      ministry: findMinistry(b.ministry)!.abbr,
      tokens: Array.from({ length: b.count }, () => newToken()),
    }))
    const groups = await Promise.all(
      created.map(async (b) => ({
        ministry: b.ministry,
        tokenHashes: await Promise.all(b.tokens.map(sha256)),
      }))
    )
    await insertInvitations(c.env.DB, { surveyId: survey.id, waveId: wave.id }, groups, addedBy)
    const links = created.map((b) => ({
      ministry: b.ministry,
      links: b.tokens.map((t) => `${origin}/i/${t}`),
    }))
    c.header('Cache-Control', 'no-store')
    if (wantsCsv(c))
      return c.body(
        toCsv(
          ['ministry', 'link'],
          links.flatMap((b) => b.links.map((l) => [b.ministry, l]))
        ),
        201,
        {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${survey.slug}-${wave.id}-invitations.csv"`,
        }
      )
    return c.json({ wave: { id: wave.id, label: wave.label }, invitations: links }, 201)
  }
)

invitations.get('/:id/invitation-log', authorize('researcher', apiDenial), async (c) => {
  const survey = await findSurveySummary(c.env.DB, c.req.param('id'))
  if (!survey) return c.json({ error: { status: 404, message: 'No such survey.' } }, 404)
  return c.json({ additions: await listInvitationAdditions(c.env.DB, survey.id) })
})
