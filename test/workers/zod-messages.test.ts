import { describe, expect, it } from 'vitest'
import en from 'zod/v4/locales/en.js'
import codebook from '../../worker/assets/codebooks/default.v1.json'
import { codebookSchema } from '../../analysis/coding/schema.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { formDefinition } from '../../forms/schema.ts'
import { englishMessage, type ZodMiniType } from '../../forms/zod.ts'
import * as req from '../../worker/api/schemas.ts'
import { api, tokenFor } from './api-helpers.ts'

const locale = en().localeError

/** A copy of the shipped pulse (version set, as the API does) with one change made to it. */
function definitionWith(change: (d: any) => void) {
  const d = structuredClone({ ...demoPuls, version: 1 }) as any
  change(d)
  return d
}

/** Bad inputs that, between them, raise every kind of issue our schemas word by default. */
const cases: [ZodMiniType, unknown][] = [
  [formDefinition, null],
  [formDefinition, []],
  [formDefinition, 'pulse'],
  [formDefinition, definitionWith((d) => (d.title = { de: '' }))],
  [formDefinition, definitionWith((d) => (d.kind = 'survey'))],
  [formDefinition, definitionWith((d) => (d.version = 1.5))],
  [formDefinition, definitionWith((d) => (d.version = 0))],
  [formDefinition, definitionWith((d) => (d.version = 2 ** 60))],
  [formDefinition, definitionWith((d) => (d.version = '1'))],
  [formDefinition, definitionWith((d) => (d.sections = []))],
  [formDefinition, definitionWith((d) => Object.assign(d, { ministry: 'BMI', owner: 'x' }))],
  [formDefinition, definitionWith((d) => (d.sections[0].questions[1].kind = 'slider'))],
  [formDefinition, definitionWith((d) => (d.sections[0].questions[0].required = 'yes'))],
  [formDefinition, definitionWith((d) => (d.sections[1].questions[0].maxLength = 6000))],
  [formDefinition, definitionWith((d) => (d.sections[1].questions[0].kind = 'single'))],
  [
    formDefinition,
    definitionWith((d) => {
      const q = d.sections[1].questions[0]
      delete q.maxLength
      Object.assign(q, { kind: 'single', options: [{ value: 'Ja!', label: d.title }] })
    }),
  ],
  [
    formDefinition,
    definitionWith((d) => {
      const q = d.sections[1].questions[0]
      delete q.maxLength
      const options = Array.from({ length: 21 }, (_, i) => ({ value: `o${i}`, label: d.title }))
      Object.assign(q, { kind: 'multiple', options, min: -1 })
    }),
  ],
  [codebookSchema, { ...codebook, themes: [{ ...codebook.themes[0], negation: 'count' }] }],
  [req.openWave, { label: 'x'.repeat(81), opensOn: 1 }],
  [req.closeWave, { status: 'open' }],
  [req.createInvitations, { ministry: 'BMI', count: 0 }],
  [req.createInvitations, { invitations: [] }],
  [req.createToken, { label: ' ', role: 'root' }],
  [req.waveQuery, { format: 'pdf' }],
]

describe("zod's English messages under zod/mini", () => {
  it('words every issue our schemas raise as the English locale of zod does', () => {
    const codes = new Set<string>()
    for (const [schema, input] of cases) {
      const result = schema.safeParse(input, {
        error: (issue) => {
          codes.add(issue.code)
          expect(englishMessage(issue)).toBe(locale(issue))
          return undefined
        },
      })
      // Messages are worded when the issues are first read.
      expect(result.error?.issues.length).toBeGreaterThan(0)
    }
    expect([...codes].sort()).toEqual([
      'invalid_format',
      'invalid_type',
      'invalid_union',
      'invalid_value',
      'too_big',
      'too_small',
      'unrecognized_keys',
    ])
  })

  it('names each bad field of a request in those words', async () => {
    const admin = await tokenFor('admin')
    const wave = await api('/surveys/any/waves', {
      token: admin,
      json: { label: 'x'.repeat(81), opensOn: '1.11.2026', extra: 1 },
    })
    expect(wave.status).toBe(400)
    expect((await wave.json<{ error: { fields: unknown } }>()).error.fields).toEqual([
      { path: 'label', message: 'Too big: expected string to have <=80 characters' },
      { path: 'opensOn', message: 'a date as YYYY-MM-DD' },
      { path: '(body)', message: 'Unrecognized key: "extra"' },
    ])
    const definition = definitionWith((d) => {
      d.title = { de: 'nur deutsch' }
      d.sections[0].questions[1].kind = 'slider'
      d.sections[0].questions[0].ministry = 'BMI'
    })
    const survey = await api('/surveys', { token: admin, json: { definition } })
    expect((await survey.json<{ error: { fields: unknown } }>()).error.fields).toEqual([
      {
        path: 'definition.title.en',
        message: 'Invalid input: expected string, received undefined',
      },
      { path: 'definition.sections.0.questions.0', message: 'Unrecognized key: "ministry"' },
      {
        path: 'definition.sections.0.questions.1.kind',
        message:
          "Invalid discriminator value. Expected 'likert' | 'single' | 'multiple' | 'short_text' | 'long_text' | 'scale'",
      },
    ])
  })
})
