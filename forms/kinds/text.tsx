import { textFacts } from './facts.ts'
import { fieldId } from './common.ts'
import { describedBy, ErrorMessage, Hint, hintText, LabelText } from './parts.tsx'
import type { FieldProps, KindSpec } from './types.ts'

function TextField({
  question: q,
  m,
  typed,
  error,
  conditionHint,
}: FieldProps<'short_text' | 'long_text'>) {
  const id = fieldId(q.id)
  const hint = hintText(
    q,
    m,
    [m.charactersAllowed(q.maxLength), conditionHint].filter(Boolean).join(' ')
  )
  const common = {
    id,
    name: q.id,
    // A little slack over the limit so a paste is cut by the server's message, not silently.
    maxlength: q.maxLength + 100,
    'aria-describedby': describedBy(q, hint, error),
    'aria-invalid': error ? 'true' : undefined,
  }
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id} class='label'>
        <LabelText question={q} m={m} />
      </label>
      <Hint question={q} text={hint} />
      <ErrorMessage question={q} m={m} error={error} />
      {q.kind === 'long_text' ? (
        <textarea rows={6} {...common}>
          {typed[0] ?? ''}
        </textarea>
      ) : (
        <input type='text' value={typed[0] ?? ''} {...common} />
      )}
    </div>
  )
}

export const text: KindSpec<'short_text' | 'long_text'> = {
  ...textFacts,
  Field: TextField,
}
