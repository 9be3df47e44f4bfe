import { kindFacts } from './facts.ts'
import { Choice, ChoiceGroup } from './parts.tsx'
import type { KindSpec } from './types.ts'

export const singleChoice: KindSpec<'single'> = {
  ...kindFacts.single,
  Field: ({ question: q, m, typed, error, conditionHint }) => (
    <ChoiceGroup question={q} m={m} error={error} hintExtra={conditionHint}>
      {q.options.map((o, i) => (
        <Choice
          type='radio'
          question={q}
          value={o.value}
          label={o.label[m.lang as 'de' | 'en']}
          first={i === 0}
          checked={typed[0] === o.value}
        />
      ))}
    </ChoiceGroup>
  ),
}
