import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DefinitionError, loadDefinition } from '../../forms/load.ts'
import { mutatedDefinition } from './fuzz-definitions.ts'
import { FUZZ_TIMEOUT, fuzzRuns } from './fuzz-helpers.ts'

/** Either a definition that loads again unchanged, or a DefinitionError naming the source. */
function expectLoadedOrRefused(input: unknown) {
  let form
  try {
    form = loadDefinition('fuzz.json', input)
  } catch (err) {
    expect(err).toBeInstanceOf(DefinitionError)
    expect((err as Error).message).toMatch(/^fuzz\.json: not a valid form definition\n {2}\S/)
    return 'refused'
  }
  expect(loadDefinition('again', JSON.parse(JSON.stringify(form)))).toEqual(form)
  return 'loaded'
}

describe('the definition loader under hostile input', () => {
  it(
    'loads or refuses near-valid definitions with a DefinitionError, never anything else',
    () => {
      const seen = new Set<string>()
      fc.assert(
        fc.property(mutatedDefinition, (input) => {
          seen.add(expectLoadedOrRefused(input))
        }),
        fuzzRuns(RUNS.mutated)
      )
      expect([...seen].sort()).toEqual(['loaded', 'refused'])
    },
    FUZZ_TIMEOUT
  )

  it(
    'refuses any other value with a DefinitionError',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }),
          (input) => {
            expect(expectLoadedOrRefused(input)).toBe('refused')
          }
        ),
        fuzzRuns(RUNS.anything)
      )
    },
    FUZZ_TIMEOUT
  )
})

const RUNS = { mutated: 4000, anything: 2000 }
