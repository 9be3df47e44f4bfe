import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deployProblems } from '../../worker/cli/deploy-check.ts'
import { root } from '../../worker/cli/local.ts'
import { lernraum } from './lernraum.ts'

const shipped = await readFile(path.join(root, 'wrangler.toml'), 'utf8')

/** The shipped file as an operator fills it in before the first deployment. */
const filledIn = shipped
  .replace('00000000-0000-0000-0000-000000000000', '4b1d3c9e-2f7a-4c1e-9d6b-0a8f5e7c3b21')
  .replaceAll('lernraum.example', 'lernraum.bund.de')
  .replace('Projektteam Lernraum (Platzhalter)', 'Projektteam Lernraum im BMDS')
  .replace('PUBLIC_ORIGIN = "http://localhost:8787"', 'PUBLIC_ORIGIN = "https://lernraum.bund.de"')

describe('npm run deploy refuses a wrangler.toml that is not filled in', () => {
  it('names every placeholder, the unset database and the local origin', () => {
    const problems = deployProblems(shipped).join('\n')
    for (const key of [
      'ORGANISER_NAME',
      'CONTACT_EMAIL',
      'PRIVACY_URL',
      'IMPRINT_URL',
      'ACCESSIBILITY_CONTACT',
      'REPORT_FROM',
      'REPORT_TO',
      'database_id',
      'PUBLIC_ORIGIN',
    ])
      expect(problems).toContain(key)
  })

  it('finds nothing in a filled-in file', () => {
    expect(deployProblems(filledIn)).toEqual([])
  })

  it('stops before wrangler is called, saying that nothing was deployed', async () => {
    const { code, output } = await lernraum([], { script: 'deploy.ts' })
    expect(code).toBe(1)
    expect(output).toContain('nothing deployed')
    expect(output).toContain('CONTACT_EMAIL is still the placeholder')
  })
})
