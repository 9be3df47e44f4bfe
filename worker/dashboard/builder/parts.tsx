import type { Child } from 'hono/jsx'
import type { BuilderError } from '../../builder/errors.ts'
import { FieldError } from '../fields.tsx'
import { useFormat } from '../format.ts'

/** The builder's words. */
export const useBuilder = () => useFormat().t.builder

/** What one error says, naming the other question where it is about one. */
export function useErrorText() {
  const s = useBuilder()
  return (e: BuilderError, labelOf: (id: string) => string | undefined = () => undefined) => {
    const other = e.question && labelOf(e.question)
    return other ? `${s.elsewhere(other)} ${s.errors[e.key]}` : s.errors[e.key]
  }
}

export const summaryOf = (errors: BuilderError[], text: (e: BuilderError) => string) =>
  errors.map((e) => ({ field: e.field, text: text(e) }))

/** A labelled one-line text field with its hint and error. */
export function TextField(props: {
  id: string
  name?: string
  label: Child
  value: string
  hint?: string
  error?: string
  inputmode?: 'numeric'
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label class='label' for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class='hint' id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${props.id}-error`} text={props.error} />
      <input
        type='text'
        id={props.id}
        name={props.name ?? props.id}
        value={props.value}
        inputmode={props.inputmode}
        autocomplete='off'
        aria-describedby={described || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  )
}

/** German and English of one text side by side, as one group. */
export function PairField(props: {
  name: string
  legend: string
  value: { de: string; en: string }
  errorOf: (field: string) => string | undefined
}) {
  const s = useBuilder()
  return (
    <fieldset class='pair'>
      <legend>{props.legend}</legend>
      <TextField
        id={`${props.name}_de`}
        label={s.german}
        value={props.value.de}
        error={props.errorOf(`${props.name}_de`)}
      />
      <TextField
        id={`${props.name}_en`}
        label={s.english}
        value={props.value.en}
        error={props.errorOf(`${props.name}_en`)}
      />
    </fieldset>
  )
}
