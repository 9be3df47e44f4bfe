import type { Child } from 'hono/jsx'
import type { Messages } from '../messages/index.ts'
import { isRequired, type Localized, type Question } from '../schema.ts'
import { errorId, hintId } from './common.ts'

/** The question's own hint followed by what its kind or condition adds. */
export const hintText = (q: Question, m: Messages, extra?: string) =>
  [q.hint?.[m.lang as keyof Localized], extra].filter(Boolean).join(' ')

/** Ties hint and error to the control, so a screen reader reads them with it. */
export const describedBy = (q: Question, hint: string, error?: string) =>
  [hint ? hintId(q.id) : '', error ? errorId(q.id) : ''].filter(Boolean).join(' ') || undefined

export function Hint(props: { question: Question; text: string }) {
  return props.text ? (
    <div class='hint' id={hintId(props.question.id)}>
      {props.text}
    </div>
  ) : null
}

export function ErrorMessage(props: { question: Question; m: Messages; error?: string }) {
  return props.error ? (
    <p class='error-message' id={errorId(props.question.id)}>
      <span class='visually-hidden'>{props.m.errorPrefix}</span> {props.error}
    </p>
  ) : null
}

/** The label text with its required/optional marker. */
export function LabelText(props: { question: Question; m: Messages }) {
  const { question: q, m } = props
  return (
    <>
      {q.label[m.lang as keyof Localized]}{' '}
      <span class='marker'>({isRequired(q) ? m.required : m.optional})</span>
    </>
  )
}

/** A group of radios or checkboxes under one legend. */
export function ChoiceGroup(props: {
  question: Question
  m: Messages
  error?: string
  hintExtra?: string
  inline?: boolean
  children: Child
}) {
  const { question: q, m } = props
  const hint = hintText(q, m, props.hintExtra)
  return (
    <fieldset
      class={props.error ? 'field field-error' : 'field'}
      aria-describedby={describedBy(q, hint, props.error)}
    >
      <legend>
        <LabelText question={q} m={m} />
      </legend>
      <Hint question={q} text={hint} />
      <ErrorMessage question={q} m={m} error={props.error} />
      <div class={props.inline ? 'choices choices-inline' : 'choices'}>{props.children}</div>
    </fieldset>
  )
}

export function Choice(props: {
  type: 'radio' | 'checkbox'
  question: Question
  value: string
  label: string
  first: boolean
  checked: boolean
}) {
  const id = props.first ? `q-${props.question.id}` : `q-${props.question.id}-${props.value}`
  return (
    <div class='choice'>
      <input
        type={props.type}
        id={id}
        name={props.question.id}
        value={props.value}
        checked={props.checked}
      />
      <label for={id}>{props.label}</label>
    </div>
  )
}
