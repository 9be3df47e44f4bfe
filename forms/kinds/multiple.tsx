import { kindFacts } from './facts.ts'
import { Choice, ChoiceGroup } from './parts.tsx'
import type { KindSpec } from './types.ts'

export const multipleChoice: KindSpec<'multiple'> = {
  ...kindFacts.multiple,
  Field: ({ question: q, m, typed, error, conditionHint }) => (
    <ChoiceGroup
      question={q}
      m={m}
      error={error}
      hintExtra={[m.choose(q.min, q.max), conditionHint].filter(Boolean).join(' ')}
    >
      {q.options.map((o, i) => (
        <Choice
          type='checkbox'
          question={q}
          value={o.value}
          label={o.label[m.lang as 'de' | 'en']}
          first={i === 0}
          checked={typed.includes(o.value)}
        />
      ))}
    </ChoiceGroup>
  ),
}
