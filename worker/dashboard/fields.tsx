import type { Child } from 'hono/jsx'
import { useFormat } from './format.ts'

/** One mistake of a form: the field it belongs to and what to do about it. */
export interface FormProblem {
  field: string
  text: string
}

/** GOV.UK's "There is a problem" box: each mistake links to its field. */
export function ErrorSummary({ title, problems }: { title: string; problems: FormProblem[] }) {
  if (!problems.length) return null
  return (
    <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
      <h2 id='error-summary-title'>{title}</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={`#${p.field}`}>{p.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The mistake of one field, said again next to it (and read with it). */
export function FieldError({ id, text }: { id: string; text?: string }) {
  const { t } = useFormat()
  if (!text) return null
  return (
    <p class='error-message' id={id}>
      <span class='visually-hidden'>{t.errorPrefix}</span> {text}
    </p>
  )
}

/** A labelled one-line text field with its hint and, when it went wrong, its mistake. */
export function TextField(props: {
  name: string
  label: string
  hint?: string
  value: string
  error?: string
  inputmode?: 'numeric'
  class?: string
  type?: 'text' | 'email'
  /** Off where the browser must not "correct" what is typed: addresses, names to confirm. */
  spellcheck?: boolean
}) {
  const { name, error } = props
  const described = [props.hint && `${name}-hint`, error && `${name}-error`].filter(Boolean)
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label class='label' for={name}>
        {props.label}
      </label>
      {props.hint ? (
        <p class='hint' id={`${name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} text={error} />
      <input
        type={props.type ?? 'text'}
        id={name}
        name={name}
        value={props.value}
        class={props.class}
        autocomplete='off'
        spellcheck={props.spellcheck}
        inputmode={props.inputmode}
        aria-describedby={described.length ? described.join(' ') : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  )
}

/** A group of radio buttons; the first one carries the group's id for the error link. */
export function Radios(props: {
  name: string
  legend: string
  choices: { value: string; label: string; hint?: Child }[]
  checked: string
  error?: string
}) {
  const { name, error } = props
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <fieldset aria-describedby={error ? `${name}-error` : undefined}>
        <legend>{props.legend}</legend>
        <FieldError id={`${name}-error`} text={error} />
        <div class='choices'>
          {props.choices.map((c, i) => {
            const id = i === 0 ? name : `${name}-${c.value}`
            return (
              <>
                <div class='choice'>
                  <input
                    type='radio'
                    id={id}
                    name={name}
                    value={c.value}
                    checked={props.checked === c.value}
                    aria-describedby={c.hint ? `${id}-hint` : undefined}
                  />
                  <label for={id}>{c.label}</label>
                </div>
                {c.hint ? (
                  <p class='hint choice-hint' id={`${id}-hint`}>
                    {c.hint}
                  </p>
                ) : null}
              </>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
