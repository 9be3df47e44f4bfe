import type { FormDefinition } from '../../forms/schema.ts'
import type * as z from '../../forms/zod.ts'
import type { DashboardMessages } from '../dashboard/messages/index.ts'
import type { Place } from './draft.ts'

export type BuilderErrorKey = keyof DashboardMessages['builder']['errors']

/**
 * One mistake, for the error summary and beside its field: `field` is the id of the field
 * it links to, `question` the id of another question it concerns.
 */
export interface BuilderError {
  field: string
  key: BuilderErrorKey
  question?: string
}

type Path = readonly PropertyKey[]

/** The field of the question form a schema path within the question points to. */
function questionField(path: Path, message: string): Omit<BuilderError, 'question'> {
  const [head, a, b, c] = path.map(String)
  switch (head) {
    case 'id':
      return { field: 'id', key: message.startsWith('duplicate') ? 'idTaken' : 'id' }
    case 'label':
    case 'hint':
      return { field: `${head}_${a ?? 'de'}`, key: head }
    case 'options':
      if (a === undefined) return { field: 'option_value-0', key: 'options' }
      if (b === 'value') return { field: `option_value-${a}`, key: 'optionValue' }
      return { field: `option_${c ?? 'de'}-${a}`, key: 'optionText' }
    case 'ends':
      return { field: `${a ?? 'low'}_${b ?? 'de'}`, key: 'ends' }
    case 'min':
      return { field: 'min', key: message.includes('greater') ? 'range' : 'min' }
    case 'max':
    case 'maxLength':
    case 'dimension':
    case 'side':
    case 'showIf':
      return { field: head, key: head }
    default:
      return { field: 'label_de', key: 'invalid' }
  }
}

/**
 * The schema's objections to a draft, as the builder's form shows them: those about the
 * question at `at` by its fields, those about other questions or sections naming them.
 */
export function builderErrors(
  issues: readonly z.core.$ZodIssue[],
  candidate: FormDefinition,
  at: Place | null
): BuilderError[] {
  const errors = new Map<string, BuilderError>()
  for (const issue of issues) {
    const [s, si, q, qi, ...rest] = issue.path
    let error: BuilderError
    if (s === 'sections' && q === 'questions' && typeof qi === 'number') {
      const mine = at && at.section === si && at.index === qi
      const other = candidate.sections[si as number]?.questions[qi]
      error = mine
        ? questionField(rest, issue.message)
        : { field: 'questions', key: 'elsewhere', question: other?.id }
    } else if (s === 'sections' && q === 'questions') {
      error = { field: 'questions', key: 'emptySection' }
    } else {
      error = { field: 'questions', key: 'invalid' }
    }
    const id = `${error.field}|${error.question ?? ''}`
    if (!errors.has(id)) errors.set(id, error)
  }
  return [...errors.values()]
}
