import { Hono } from 'hono'
import { toCsv } from '../../../analysis/csv.ts'
import { findMinistry } from '../../../analysis/ministries.ts'
import { ApiError } from '../../api/error.ts'
import { examples } from '../../api/examples.ts'
import { describeRoute, refuses } from '../../api/facts.ts'
import * as res from '../../api/responses.ts'
import { createInvitations } from '../../api/schemas.ts'
import { surveyById, type SurveyEnv } from '../../api/survey.ts'
import { validated } from '../../api/validate.ts'
import { apiDenial, authorize } from '../../auth/authorize.ts'
import { listInvitationAdditions } from '../../db/invitations.ts'
import { createInvitationLinks, invitableWave } from '../../invitations.ts'
import { wantsCsv } from './negotiate.ts'

export const invitations = new Hono<SurveyEnv>()

/**
 * Creates single-use links per ministry for the open wave. The links are returned exactly
 * once: only their hashes are stored, so nobody can look them up again. Each creation is
 * logged (who, which day, how many, which ministry) for every researcher to see, since
 * invitations added while a wave runs could pad it with answers of the creator's own.
 */
invitations.post(
  '/:id/invitations',
  describeRoute({
    operationId: 'createInvitations',
    tag: 'invitations',
    summary:
      'Create single-use links per ministry for an invitation wave (returned once, logged; CSV with Accept: text/csv)',
    status: 201,
    response: res.invitationsCreated,
    example: examples.invitationsCreated,
    formats: ['text/csv'],
  }),
  authorize('admin', apiDenial),
  validated('json', createInvitations),
  surveyById,
  refuses({
    400: 'A ministry is not on the list of GET /api/ministries',
    409: 'The survey has no open wave, or its open wave is answered through the open link',
  }),
  async (c) => {
    const { survey } = c.var
    const wave = await invitableWave(c.env.DB, survey.id)
    if (wave === 'noOpenWave') throw new ApiError(409, 'The survey has no open wave.')
    if (wave === 'openLinkWave')
      throw new ApiError(
        409,
        'The open wave is answered through its open link; open an invitation wave.'
      )
    const body = c.req.valid('json')
    const batches = 'invitations' in body ? body.invitations : [body]
    const unknown = batches.filter((b) => !findMinistry(b.ministry))
    if (unknown.length)
      throw new ApiError(
        400,
        'Unknown ministry: use an abbreviation or name from GET /api/ministries.',
        unknown.map((b) => ({ path: 'ministry', message: `"${b.ministry}" is not on the list` }))
      )
    const links = await createInvitationLinks(
      c.env,
      wave,
      batches.map((b) => ({ ministry: findMinistry(b.ministry)!.abbr, count: b.count })),
      { createdBy: c.var.principal.subject, createdOn: new Date().toISOString().slice(0, 10) }
    )
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

invitations.get(
  '/:id/invitation-log',
  describeRoute({
    operationId: 'getInvitationLog',
    tag: 'invitations',
    summary: 'Who created how many invitations for which ministry and wave, and on which day',
    status: 200,
    response: res.invitationLog,
    example: examples.invitationLog,
  }),
  authorize('researcher', apiDenial),
  surveyById,
  async (c) => c.json({ additions: await listInvitationAdditions(c.env.DB, c.var.survey.id) })
)
