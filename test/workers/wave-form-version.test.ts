import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { loadDefinition } from '../../forms/load.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import * as responses from '../../worker/api/responses.ts'
import { addFormVersion, forgetOpenSurveys } from '../../worker/db/surveys.ts'
import { api, tokenFor } from './api-helpers.ts'
import { sessionFor, visit, wavePage } from './dashboard-helpers.ts'
import { closeAndFlush, installPulseCopy, invite, K, post, validPulse } from './helpers.ts'

describe('a wave read after a newer form version was published', () => {
  it('keeps the questions and wording it was answered with, in its release, API and page', async () => {
    const survey = await installPulseCopy('wave-version', 'invitations')
    // Sealed submits, so closing moves them and cuts the wave's release after version 2.
    for (const token of await invite(survey, 'BMI', K))
      expect((await post(`/i/${token}`, validPulse)).status).toBe(303)
    // Version 2 rewords trust and drops resources while wave 1 is still open.
    const [section, ...rest] = demoPuls.sections
    const reworded = {
      ...demoPuls,
      slug: 'wave-version',
      sections: [
        {
          ...section,
          questions: section.questions
            .filter((q) => q.id !== 'resources')
            .map((q) =>
              q.id === 'trust' ? { ...q, label: { de: 'Neu gefragt', en: 'Asked anew' } } : q
            ),
        },
        ...rest,
      ],
    }
    expect(await addFormVersion(env.DB, survey.surveyId, loadDefinition('v2', reworded))).toBe(2)
    await closeAndFlush(survey)
    forgetOpenSurveys()

    const token = await tokenFor('researcher')
    const res = await api(`/surveys/${survey.surveyId}/findings?wave=${survey.waveId}`, { token })
    const view = responses.findings.parse(await res.json())
    if (view.hidden) throw new Error('hidden')
    const ids = view.findings.questions.map((q) => q.id)
    expect(ids).toContain('resources')
    const trust = view.findings.questions.find((q) => q.id === 'trust')!
    expect(trust.label.de).not.toBe('Neu gefragt')
    const page = await (await visit(wavePage(survey), await sessionFor(token))).text()
    expect(page).not.toContain('Neu gefragt')
    expect(page).toContain(section.questions.find((q) => q.id === 'resources')!.label.de)
  })
})
