import { execFile } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { root } from '../../worker/cli/local.ts'
import { lernraum } from './lernraum.ts'

// Vitest compiles .tsx, so importing a command here would prove nothing: each is loaded by
// plain Node, exactly as `npm run lernraum` loads it.
const commands = [
  'report.ts',
  'token.ts',
  'code.ts',
  'code-score.ts',
  'local.ts',
  'prepare.ts',
  'send-target.ts',
  'deploy-check.ts',
]

async function loadInNode(file: string) {
  const url = pathToFileURL(path.join(root, 'worker/cli', file)).href
  return promisify(execFile)(process.execPath, [
    '--experimental-strip-types',
    '--no-warnings=ExperimentalWarning',
    '--input-type=module',
    '-e',
    `await import(${JSON.stringify(url)})`,
  ])
}

describe('the CLI in plain Node', () => {
  for (const file of commands)
    it(`loads worker/cli/${file} with everything it imports`, async () => {
      await expect(loadInNode(file)).resolves.toBeDefined()
    })

  it('would see a module that reaches a .tsx file: the check is live', async () => {
    await expect(loadInNode('../../forms/kinds/index.ts')).rejects.toThrow(/\.tsx/)
  })
})

describe('code in plain Node', () => {
  it("codes each line with its question's side, naming the words and the source of polarity", async () => {
    const lines = [
      { text: 'Unklare Zustädigkeiten', side: 'enabler' },
      { text: 'Vertrauen', side: 'barrier' },
      { text: 'Vertrauen' },
      { text: 'Vertrauen', side: 'sideways' },
    ]
    const { code, output } = await lernraum(['code'], {
      input: lines.map((l) => JSON.stringify(l)).join('\n'),
    })
    expect(code).toBe(1)
    const [unclear, missing, plain, bad] = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
    expect(unclear).toEqual({
      themes: ['governance'],
      polarity: { governance: 'negative' },
      signals: { governance: ['zustädigkeiten~zustaendigkeiten'] },
      from: { governance: 'answer' },
    })
    expect(missing.polarity).toEqual({ trust: 'negative' })
    expect(missing.from).toEqual({ trust: 'side' })
    expect(plain.polarity).toEqual({ trust: 'positive' })
    expect(bad.error).toContain('"side"')
  })
})

describe('code --score in plain Node', () => {
  const devSet = 'test/coding/dev-set.json'

  it('prints per-theme figures and micro-F1 and κ for each language of the development set', async () => {
    const { code, output } = await lernraum(['code', '--score', devSet, '--split', 'test'])
    expect(code).toBe(0)
    expect(output).toMatch(
      /^de: \d+ answers {2}micro P [\d.]+ R [\d.]+ F1 [\d.]+ {2}mean κ [\d.]+$/m
    )
    expect(output).toMatch(/^en: \d+ answers/m)
    expect(output.match(/^governance +\d+/gm)).toHaveLength(2)
  })

  it('lists misses on the tune split and refuses to list them on the frozen test split', async () => {
    const tune = await lernraum(['code', '--score', devSet, '--split', 'tune', '--misses'])
    expect(tune.code).toBe(0)
    expect(tune.output).toMatch(/^de-\d{3} {2}human: .* {2}coder: /m)
    const test = await lernraum(['code', '--score', devSet, '--misses'])
    expect(test.code).toBe(1)
    expect(test.output).toContain('--misses lists the tune split only')
  })

  it('measures a second pass instead of the coder, listing disagreements on any split', async () => {
    const args = ['--against', devSet, '--split', 'test', '--misses']
    const { code, output } = await lernraum(['code', '--score', devSet, ...args])
    expect(code).toBe(0)
    expect(output).toContain(`against ${devSet}`)
    expect(output.match(/F1 1\.00 {2}mean κ 1\.00$/gm)).toHaveLength(2)
    expect(output).not.toMatch(/ second: /)
  })
})
