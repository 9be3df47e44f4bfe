import { kindFacts } from './facts.ts'
import { answerValues } from '../schema.ts'
import { Choice, ChoiceGroup } from './parts.tsx'
import type { KindSpec } from './types.ts'

export const scale: KindSpec<'scale'> = {
  ...kindFacts.scale,
  Field: ({ question: q, m, typed, error, conditionHint }) => {
    const lang = m.lang as 'de' | 'en'
    const ends = m.scaleEnds(q.ends.low[lang], q.ends.high[lang])
    return (
      <ChoiceGroup
        question={q}
        m={m}
        error={error}
        hintExtra={[ends, conditionHint].filter(Boolean).join(' ')}
        inline
      >
        {answerValues(q).map((v, i) => (
          <Choice
            type='radio'
            question={q}
            value={v}
            label={v}
            first={i === 0}
            checked={typed[0] === v}
          />
        ))}
      </ChoiceGroup>
    )
  },
}
