import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { compileCodebook, loadCodebook } from '../../analysis/coding/index.ts'
import { seededRandom } from '../../analysis/random.ts'
import { groupsOf, nextRelease, reportFromRelease, type Release } from '../../analysis/release.ts'
import { reportFigures } from '../../analysis/report.ts'
import { emptyWaveTally, foldResponses } from '../../analysis/tally/index.ts'
import type { ResponseAnswers } from '../../analysis/findings.ts'
import { loadDefinition } from '../../forms/load.ts'

/** The demo pulse cut to two Likert questions (one dimension each) and its two text questions. */
const json = structuredClone(demoPuls) as { sections: { questions: { id: string }[] }[] }
for (const s of json.sections)
  s.questions = s.questions.filter((q) => !['transparency', 'continuity'].includes(q.id))
export const form = loadDefinition('hand-made', json)

const theme = (id: string, side: string, de: string, en: string) => ({
  id,
  side,
  label: { de, en },
  description: { de, en },
  signals: { de: [de.toLowerCase()], en: [en.toLowerCase()] },
})
/** Two themes, each signalled by one word, so which answer carries which theme is plain. */
export const codebook = loadCodebook('hand-made', {
  version: 'hand-1',
  themes: [
    theme('trust', 'enabler', 'Vertrauen', 'Trust'),
    theme('silo', 'barrier', 'Silo', 'Silo'),
  ],
})
const compiled = compileCodebook(codebook)

export const config = { minGroupSize: 5, minGroupSizeQuotes: 5 }

/** A wave's release from its responses, through the same tally, figures and release rule. */
export function releaseOf(
  id: string,
  responses: ResponseAnswers[],
  previous: Release | null,
  last: Release | null = null
): Release {
  const tally = foldResponses(emptyWaveTally(), form, compiled, responses, seededRandom(id))
  const figures = reportFigures({
    form,
    wave: { id, label: id, status: 'closed', tally },
    previous: null,
    codebook: {
      version: codebook.version,
      themes: codebook.themes.map(({ id, side, label }) => ({ id, side, label })),
    },
    config,
    seed: id,
  })
  const release = nextRelease(
    { ...figures, participation: [], carried: {} },
    groupsOf(tally),
    last,
    previous,
    config.minGroupSize
  )
  if (!release) throw new Error('no release')
  return release
}

export const heading = (wave: string) => ({
  survey: { id: 's', slug: 's', title: { de: 'Puls', en: 'Pulse' } },
  period: '2026-W49',
  generatedOn: '2026-12-02',
  wave: { id: wave, label: wave, status: 'closed' as const },
  coverage: { invited: 20, completed: 6, ministriesInvited: 4, ministriesAnswered: 3 },
})

export { reportFromRelease }
