import * as z from '../../forms/zod.ts'
import { examples } from './examples.ts'
import * as res from './responses.ts'
import * as req from './schemas.ts'

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  path: string
  summary: string
  role: 'researcher' | 'admin' | null
  body?: z.ZodMiniType
  query?: z.ZodMiniType
  status: number
  response?: z.ZodMiniType
  example?: unknown
  csv?: boolean
}

/** Every /api route, its schemas and an example: the one source of the OpenAPI document. */
export const endpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/api/ministries',
    summary: 'The ministries invitations can name',
    role: null,
    status: 200,
    response: res.ministryList,
    example: examples.ministryList,
  },
  {
    method: 'get',
    path: '/api/surveys',
    summary: 'List surveys and their waves',
    role: 'researcher',
    status: 200,
    response: res.surveyList,
    example: examples.surveyList,
  },
  {
    method: 'post',
    path: '/api/surveys',
    summary: 'Create a survey from a form definition',
    role: 'admin',
    body: req.createSurvey,
    status: 201,
    response: res.surveyCreated,
    example: examples.surveyCreated,
  },
  {
    method: 'get',
    path: '/api/surveys/{id}',
    summary: 'One survey and its waves',
    role: 'researcher',
    status: 200,
    response: res.surveyOne,
    example: examples.surveyOne,
  },
  {
    method: 'put',
    path: '/api/surveys/{id}/definition',
    summary: 'Store an edited definition as a new version',
    role: 'admin',
    body: req.editSurvey,
    status: 200,
    response: z.pick(res.surveyCreated, { survey: true }),
    example: { survey: examples.surveyCreated.survey },
  },
  {
    method: 'post',
    path: '/api/surveys/{id}/waves',
    summary: 'Open the next wave',
    role: 'admin',
    body: req.openWave,
    status: 201,
    response: res.waveOne,
    example: examples.waveOne,
  },
  {
    method: 'patch',
    path: '/api/surveys/{id}/waves/{waveId}',
    summary: 'Close a wave',
    role: 'admin',
    body: req.closeWave,
    status: 200,
    response: res.waveOne,
    example: { wave: { ...examples.waveOne.wave, status: 'closed' } },
  },
  {
    method: 'post',
    path: '/api/surveys/{id}/invitations',
    summary:
      'Create single-use links per ministry for an invitation wave (returned once, logged; CSV with Accept: text/csv)',
    role: 'admin',
    body: req.createInvitations,
    status: 201,
    response: res.invitationsCreated,
    example: examples.invitationsCreated,
    csv: true,
  },
  {
    method: 'get',
    path: '/api/surveys/{id}/invitation-log',
    summary: 'Who created how many invitations for which ministry and wave, and on which day',
    role: 'researcher',
    status: 200,
    response: res.invitationLog,
    example: examples.invitationLog,
  },
  {
    method: 'get',
    path: '/api/surveys/{id}/participation',
    summary: 'Invited and completed per ministry for a wave',
    role: 'researcher',
    query: req.waveQuery,
    status: 200,
    response: res.participation,
    example: examples.participation,
  },
  {
    method: 'get',
    path: '/api/surveys/{id}/findings',
    summary:
      'Aggregated findings of a wave, k-suppressed (CSV with Accept: text/csv or ?format=csv)',
    role: 'researcher',
    query: req.waveQuery,
    status: 200,
    response: res.findings,
    example: examples.findings,
    csv: true,
  },
  {
    method: 'put',
    path: '/api/surveys/{id}/codebook',
    summary: "Code the survey's free text with your own codebook from the next report on",
    role: 'admin',
    body: req.setCodebook,
    status: 200,
  },
  {
    method: 'get',
    path: '/api/tokens',
    summary: 'List API tokens (never the tokens themselves)',
    role: 'admin',
    status: 200,
    response: res.tokenList,
    example: examples.tokenList,
  },
  {
    method: 'post',
    path: '/api/tokens',
    summary: 'Create an API token; it is shown once',
    role: 'admin',
    body: req.createToken,
    status: 201,
    response: res.tokenCreated,
    example: examples.tokenCreated,
  },
  {
    method: 'delete',
    path: '/api/tokens/{id}',
    summary: 'Revoke an API token and its dashboard sessions',
    role: 'admin',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/reports',
    summary: 'List the stored reports (built by the scheduled run)',
    role: 'researcher',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/reports/{id}',
    summary:
      'One stored report as it was sent (HTML with Accept: text/html or ?format=html; CSV with Accept: text/csv or ?format=csv)',
    role: 'researcher',
    status: 200,
    csv: true,
  },
]
