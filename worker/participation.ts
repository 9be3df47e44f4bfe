import { latestRelease } from './db/releases.ts'
import { participationByMinistry } from './db/participation.ts'
import type { SurveySummary } from './db/surveys.ts'
import type { Wave } from './db/waves.ts'

export interface ParticipationView {
  wave: { id: string; label: string; status: Wave['status'] }
  ministries: { ministry: string; invited: number; completed: number | null }[]
  totals: { invited: number; ministriesAnswered: number | null; responses: number | null }
}

/**
 * Invited and completed per ministry for one wave, as the API and the dashboard show it.
 * Completed counts and the total come from the wave's latest release, so a ministry's count
 * rises only together with at least k more answers; invitations are counted as created.
 * Completed counts of an open wave are hidden when the survey asks for it.
 */
export async function participationView(
  db: D1Database,
  survey: SurveySummary,
  wave: Wave
): Promise<ParticipationView> {
  const hidden = survey.hideOpenCounts && wave.status === 'open'
  const release = await latestRelease(db, wave.id)
  const completed = new Map(release?.participation.map((m) => [m.ministry, m.completed]))
  const ministries = (await participationByMinistry(db, wave.id)).map((m) => ({
    ministry: m.ministry,
    invited: m.invited,
    completed: hidden ? null : (completed.get(m.ministry) ?? 0),
  }))
  // Coverage, not content: the design shows who took part per ministry, so the total that
  // those counts add up to is shown as well (hiding it would protect nothing).
  return {
    wave: { id: wave.id, label: wave.label, status: wave.status },
    ministries,
    totals: {
      invited: ministries.reduce((a, m) => a + m.invited, 0),
      ministriesAnswered: hidden ? null : ministries.filter((m) => (m.completed ?? 0) > 0).length,
      responses: hidden ? null : (release?.groups.responses ?? 0),
    },
  }
}
