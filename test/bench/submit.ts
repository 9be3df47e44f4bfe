import { randomUUID } from 'node:crypto'
import { withLocalDb } from '../../worker/cli/local.ts'

// A complete, valid answer to forms/shipped/demo-puls.v1.json, free text included.
const answers = new URLSearchParams({
  trust: '4',
  transparency: '3',
  continuity: '5',
  resources: '2',
  helped: 'Feste Termine und kurze Wege zwischen den Häusern.',
  hindered: 'Zu wenig Zeit neben dem Tagesgeschäft.',
}).toString()

/**
 * A form post as the browser sends it, with a fresh one-time nonce each time: a reused nonce
 * is answered 303 too but stores nothing, which would hide lost responses.
 */
export function formPost(origin: string) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: () => `_nonce=${randomUUID().replaceAll('-', '')}&${answers}`,
  }
}

/** Stored responses of one survey, read from the local D1 once its dev server has stopped. */
export function countResponses(persistTo: string, slug: string): Promise<number> {
  return withLocalDb(persistTo, async (env) => {
    const row = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = ?1'
    )
      .bind(slug)
      .first<{ n: number }>()
    return row?.n ?? 0
  })
}
