import { reportLabels } from '../../../analysis/render/labels.ts'
import { kindFacts } from '../../../forms/kinds/facts.ts'
import { answerValues, type Question } from '../../../forms/schema.ts'
import type { BuilderError } from '../../builder/errors.ts'
import type { QuestionInput } from '../../builder/question-form.ts'
import type { Localized } from '../../../forms/schema.ts'
import { useFormat } from '../format.ts'
import { DashboardLayout } from '../Layout.tsx'
import { useLink, usePage } from '../messages/index.ts'
import { formPath } from './EditorPage.tsx'
import { ErrorSummary, FieldError } from '../fields.tsx'
import { PairField, summaryOf, TextField, useErrorText } from './parts.tsx'

export interface QuestionPageProps {
  surveyId: string
  formTitle: Localized
  /** Where the form posts: the new question's section, or the question edited. */
  action: string
  typed: QuestionInput
  /** Questions before this one, whose answers it may be shown for. */
  earlier: Question[]
  /** For a new question, the section it goes to. */
  section?: number
  errors?: BuilderError[]
  isNew: boolean
  signOut: boolean
}

/** One question's page: its kind's fields only, German and English side by side. */
export function QuestionPage(props: QuestionPageProps) {
  const { t } = useFormat()
  const s = t.builder
  const link = useLink()
  const { lang } = usePage()
  const { typed } = props
  const parts = kindFacts[typed.kind].parts
  const errors = props.errors ?? []
  const labels = new Map(props.earlier.map((q) => [q.id, q.label.de]))
  const errorText = useErrorText()
  const text = (e: BuilderError) => errorText(e, (id) => labels.get(id) ?? id)
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field)
    return e && text(e)
  }
  const heading = props.isNew ? s.newQuestion : s.editQuestion
  return (
    <DashboardLayout
      title={errors.length ? s.errorTitle(heading) : heading}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard', label: t.nav.surveys },
        { href: formPath(props.surveyId), label: props.formTitle[lang] },
        { href: props.action, label: heading },
      ]}
    >
      <ErrorSummary title={s.problem} problems={summaryOf(errors, text)} />
      <h1>{heading}</h1>
      <p>
        {s.kind}: {s.kinds[typed.kind]}
      </p>
      <form method='post' action={link(props.action)} novalidate>
        <input type='hidden' name='kind' value={typed.kind} />
        {props.section === undefined ? null : (
          <input type='hidden' name='section' value={String(props.section)} />
        )}
        <TextField id='id' label={s.id} hint={s.idHint} value={typed.id} error={errorOf('id')} />
        <PairField name='label' legend={s.label} value={typed.label} errorOf={errorOf} />
        <PairField name='hint' legend={s.hint} value={typed.hint} errorOf={errorOf} />
        {parts.ends ? (
          <>
            <PairField name='low' legend={s.ends.low} value={typed.low} errorOf={errorOf} />
            <PairField name='high' legend={s.ends.high} value={typed.high} errorOf={errorOf} />
          </>
        ) : null}
        {parts.noAnswer ? (
          <Check name='noAnswer' label={s.noAnswer} checked={typed.noAnswer} />
        ) : null}
        {parts.options ? <Options typed={typed} errorOf={errorOf} /> : null}
        {parts.range ? (
          <>
            <TextField
              id='min'
              label={s.min}
              value={typed.min}
              error={errorOf('min')}
              inputmode='numeric'
            />
            <TextField
              id='max'
              label={s.max}
              value={typed.max}
              error={errorOf('max')}
              inputmode='numeric'
            />
          </>
        ) : null}
        {parts.maxLength ? (
          <TextField
            id='maxLength'
            label={s.maxLength}
            value={typed.maxLength}
            error={errorOf('maxLength')}
            inputmode='numeric'
          />
        ) : null}
        {parts.dimension ? (
          <Dimension value={typed.dimension} error={errorOf('dimension')} />
        ) : null}
        {parts.side ? <Side value={typed.side} error={errorOf('side')} /> : null}
        <Check name='required' label={s.requiredCheck} checked={typed.required} />
        <ShowIf earlier={props.earlier} chosen={typed.showIf} error={errorOf('showIf')} />
        <button class='button' type='submit'>
          {s.save}
        </button>
      </form>
      <a href={link(formPath(props.surveyId))}>{s.cancel}</a>
    </DashboardLayout>
  )
}

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <div class='field'>
      <div class='choice'>
        <input type='checkbox' id={props.name} name={props.name} checked={props.checked} />
        <label for={props.name}>{props.label}</label>
      </div>
    </div>
  )
}

/** The typed options and two empty rows to add more, each a group of value, German, English. */
function Options(props: { typed: QuestionInput; errorOf: (f: string) => string | undefined }) {
  const s = useFormat().t.builder
  const blank = { value: '', de: '', en: '' }
  const rows = [...props.typed.options, blank, blank]
  while (rows.length < 4) rows.push(blank)
  const countError = props.errorOf('option_value-0')
  return (
    <fieldset class={countError ? 'field field-error' : 'field'} aria-describedby='options-hint'>
      <legend>{s.options}</legend>
      <p class='hint' id='options-hint'>
        {s.optionsHint}
      </p>
      {rows.map((row, i) => (
        <fieldset class='pair option-row'>
          <legend>{s.option(i + 1)}</legend>
          <TextField
            id={`option_value-${i}`}
            name='option_value'
            label={s.value}
            value={row.value}
            error={props.errorOf(`option_value-${i}`)}
          />
          <TextField
            id={`option_de-${i}`}
            name='option_de'
            label={s.german}
            value={row.de}
            error={props.errorOf(`option_de-${i}`)}
          />
          <TextField
            id={`option_en-${i}`}
            name='option_en'
            label={s.english}
            value={row.en}
            error={props.errorOf(`option_en-${i}`)}
          />
        </fieldset>
      ))}
    </fieldset>
  )
}

/** The known readiness dimensions, and the question's own if it names another. */
function Dimension({ value, error }: { value: string; error?: string }) {
  const s = useFormat().t.builder
  const { lang } = usePage()
  const known = reportLabels[lang].dimensions
  const ids = [...new Set([...Object.keys(known), ...(value ? [value] : [])])]
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label class='label' for='dimension'>
        {s.dimension}
      </label>
      <FieldError id='dimension-error' text={error} />
      <select
        id='dimension'
        name='dimension'
        aria-describedby={error ? 'dimension-error' : undefined}
      >
        <option value='' selected={!value}>
          {s.noDimension}
        </option>
        {ids.map((id) => (
          <option value={id} selected={id === value}>
            {known[id] ?? id}
          </option>
        ))}
      </select>
    </div>
  )
}

function Side({ value, error }: { value: string; error?: string }) {
  const s = useFormat().t.builder
  const sides = ['', 'enabler', 'barrier'] as const
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <fieldset aria-describedby={error ? 'side-error' : undefined}>
        <legend>{s.side}</legend>
        <FieldError id='side-error' text={error} />
        <div class='choices'>
          {sides.map((side, i) => (
            <div class='choice'>
              <input
                type='radio'
                id={i === 0 ? 'side' : `side-${side}`}
                name='side'
                value={side}
                checked={value === side}
              />
              <label for={i === 0 ? 'side' : `side-${side}`}>{s.sides[side]}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** "Show only if": the answers of every earlier question that has fixed answers. */
function ShowIf(props: { earlier: Question[]; chosen: string[]; error?: string }) {
  const s = useFormat().t.builder
  const { lang } = usePage()
  const targets = props.earlier.filter((q) => answerValues(q).length > 0)
  if (!targets.length) return null
  let first = true
  const idFor = (key: string) => {
    const id = first ? 'showIf' : `showIf-${key.replace(':', '-')}`
    first = false
    return id
  }
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <fieldset aria-describedby={props.error ? 'showIf-hint showIf-error' : 'showIf-hint'}>
        <legend>{s.showIf}</legend>
        <p class='hint' id='showIf-hint'>
          {s.showIfHint}
        </p>
        <FieldError id='showIf-error' text={props.error} />
        {targets.map((q) => (
          <fieldset class='show-if-question'>
            <legend>{q.label[lang]}</legend>
            <div class='choices'>
              {answerValues(q).map((v) => {
                const key = `${q.id}:${v}`
                const id = idFor(key)
                const option = 'options' in q ? q.options.find((o) => o.value === v) : undefined
                return (
                  <div class='choice'>
                    <input
                      type='checkbox'
                      id={id}
                      name='showIf'
                      value={key}
                      checked={props.chosen.includes(key)}
                    />
                    <label for={id}>{option ? option.label[lang] : v}</label>
                  </div>
                )
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  )
}

/** Asks before a question leaves the draft: a link alone never changes anything. */
export function RemoveQuestionPage(props: {
  surveyId: string
  question: Question
  signOut: boolean
}) {
  const s = useFormat().t.builder
  const { lang } = usePage()
  const link = useLink()
  const path = formPath(
    props.surveyId,
    `/questions/${encodeURIComponent(props.question.id)}/remove`
  )
  return (
    <DashboardLayout title={s.removeTitle} signOut={props.signOut}>
      <h1>{s.removeTitle}</h1>
      <p>{s.removeQuestion(props.question.label[lang])}</p>
      <p>{s.removeConsequence}</p>
      <form method='post' action={link(path)}>
        <button class='button' type='submit'>
          {s.removeConfirm}
        </button>
      </form>
      <a href={link(formPath(props.surveyId))}>{s.cancel}</a>
    </DashboardLayout>
  )
}
