import { kindFacts } from './facts.ts'
import { answerValues, type QuestionOf } from '../schema.ts'
import { Choice, ChoiceGroup } from './parts.tsx'
import type { KindSpec } from './types.ts'

export const likert: KindSpec<'likert'> = {
  ...kindFacts.likert,
  Field: ({ question: q, m, typed, error, conditionHint }) => {
    const lang = m.lang as 'de' | 'en'
    const label = (v: string) =>
      v === 'none'
        ? m.noAnswer
        : v === '1'
          ? `1 – ${q.ends.low[lang]}`
          : v === '5'
            ? `5 – ${q.ends.high[lang]}`
            : v
    // A list, never a row: with its end labels attached the scale is wider than a column, and
    // a row wrapped onto two lines puts 4 under 1.
    return (
      <ChoiceGroup question={q} m={m} error={error} hintExtra={conditionHint}>
        {answerValues(q as QuestionOf<'likert'>).map((v, i) => (
          <Choice
            type='radio'
            question={q}
            value={v}
            label={label(v)}
            first={i === 0}
            checked={typed[0] === v}
          />
        ))}
      </ChoiceGroup>
    )
  },
}
