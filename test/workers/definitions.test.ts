import { describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { loadDefinition } from '../../forms/load.ts'
import { messagesFor } from '../../forms/messages/index.ts'
import { kindOf } from '../../forms/kinds/index.ts'
import { validateAnswers } from '../../forms/validate.ts'

const clone = () => structuredClone(demoPuls) as any

describe('loading a form definition', () => {
  it('accepts the shipped forms', () => {
    expect(loadDefinition('demo-puls.v1.json', demoPuls).sections).toHaveLength(2)
  })

  it('refuses a bad definition naming the file and every bad field', () => {
    const bad = clone()
    bad.sections[0].questions[1].kind = 'slider'
    bad.title.en = ''
    expect(() => loadDefinition('forms/shipped/broken.json', bad)).toThrowError(
      /forms\/shipped\/broken\.json: not a valid form definition\n(.|\n)*title\.en(.|\n)*sections\.0\.questions\.1\.kind/
    )
  })

  it('refuses duplicate question ids', () => {
    const bad = clone()
    bad.sections[1].questions[0].id = 'trust'
    expect(() => loadDefinition('dup.json', bad)).toThrowError(
      /sections\.1\.questions\.0\.id: duplicate question id "trust"/
    )
  })

  it('refuses a condition on a later or unknown question and on a value it cannot have', () => {
    const later = clone()
    later.sections[0].questions[0].showIf = { question: 'helped', in: ['x'] }
    expect(() => loadDefinition('later.json', later)).toThrowError(
      /showIf\.question: "helped" is not an earlier question/
    )
    const value = clone()
    value.sections[0].questions[1].showIf = { question: 'trust', in: ['9'] }
    expect(() => loadDefinition('value.json', value)).toThrowError(
      /showIf\.in: a value is not an answer of "trust"/
    )
  })

  it('refuses unknown properties instead of ignoring them', () => {
    const bad = clone()
    bad.sections[0].questions[0].ministry = 'BMI'
    expect(() => loadDefinition('extra.json', bad)).toThrowError(/sections\.0\.questions\.0/)
  })

  it('knows only the registered answer kinds', () => {
    expect(() => kindOf('slider' as never)).toThrowError('unknown question kind "slider"')
  })
})

describe('the answer validator', () => {
  const form = loadDefinition('demo-puls', demoPuls)

  it('speaks German and English', () => {
    const de = validateAnswers(form, {}, messagesFor('de'))
    const en = validateAnswers(form, {}, messagesFor('en'))
    expect(de.ok || de.errors[0]).toEqual({
      questionId: 'trust',
      message: 'Bitte beantworten Sie diese Frage.',
    })
    expect(en.ok || en.errors[0]).toEqual({
      questionId: 'trust',
      message: 'Please answer this question.',
    })
  })

  it('leaves out optional questions left empty', () => {
    const result = validateAnswers(
      form,
      {
        trust: ['1'],
        transparency: ['5'],
        continuity: ['3'],
        resources: ['none'],
        helped: ['   '],
      },
      messagesFor('de')
    )
    expect(result).toEqual({
      ok: true,
      answers: { trust: 1, transparency: 5, continuity: 3, resources: 'none' },
    })
  })
})
