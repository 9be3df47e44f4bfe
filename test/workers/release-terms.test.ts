import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { latestRelease } from '../../worker/db/releases.ts'
import { installPulseCopy, storePulseAnswers } from './helpers.ts'

const K_QUOTES = Number(env.MIN_GROUP_SIZE_QUOTES)

describe('emerging terms of a release', () => {
  it('lists a word only from k_quotes texts, and never a name', async () => {
    const survey = await installPulseCopy('terms-threshold', 'invitations')
    await storePulseAnswers(survey, K_QUOTES + 2, (i) => ({
      helped: [
        i < K_QUOTES ? 'Der Fahrradkeller' : 'Die Teeküche',
        i < K_QUOTES - 1 ? 'und der Kaffeeautomat' : '',
        'mit Frau Lindqvist halfen.',
      ].join(' '),
    }))
    const release = await latestRelease(env.DB, survey.waveId)
    const terms = release!.emergingTerms
    if (!terms.shown) throw new Error('terms suppressed')
    const listed = terms.value.map((t) => t.term).join(' | ')
    expect(listed).toContain('fahrradkeller')
    expect(listed).not.toContain('kaffeeautomat')
    expect(listed).not.toContain('lindqvist')
    expect(listed).not.toContain('teeküche')
  })
})
