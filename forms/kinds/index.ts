import type { QuestionKind } from '../schema.ts'
import { likert } from './likert.tsx'
import { multipleChoice } from './multiple.tsx'
import { scale } from './scale.tsx'
import { singleChoice } from './single.tsx'
import { text } from './text.tsx'
import type { KindSpec } from './types.ts'

/** The closed registry of answer kinds: adding a kind to the schema without one here fails to compile. */
export const kinds: { [K in QuestionKind]: KindSpec<K> } = {
  likert,
  single: singleChoice,
  multiple: multipleChoice,
  short_text: text as KindSpec<'short_text'>,
  long_text: text as KindSpec<'long_text'>,
  scale,
}

export function kindOf<K extends QuestionKind>(kind: K): KindSpec<K> {
  const spec = kinds[kind]
  if (!spec) throw new Error(`unknown question kind "${kind}"`)
  return spec
}
