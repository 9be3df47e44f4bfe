import { templateNames } from '../../../forms/shipped/templates.ts'
import type { BuilderError } from '../../builder/errors.ts'
import { useFormat } from '../format.ts'
import { DashboardLayout } from '../Layout.tsx'
import { useLink } from '../messages/index.ts'
import { ErrorSummary, FieldError } from '../fields.tsx'
import { PairField, summaryOf, TextField } from './parts.tsx'

/** What was typed into the form for a new survey. */
export interface NewSurveyInput {
  template: string
  title: { de: string; en: string }
  slug: string
}

/** A new survey from a template: the shipped pulse, the interview guide, or blank. */
export function NewSurveyPage(props: {
  typed?: NewSurveyInput
  errors?: BuilderError[]
  signOut: boolean
}) {
  const { t } = useFormat()
  const s = t.builder
  const link = useLink()
  const errors = props.errors ?? []
  const text = (e: BuilderError) => s.errors[e.key]
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field)
    return e && text(e)
  }
  const typed = props.typed ?? { template: 'pulse', title: { de: '', en: '' }, slug: '' }
  return (
    <DashboardLayout
      title={errors.length ? s.errorTitle(s.newSurvey) : s.newSurvey}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard', label: t.nav.surveys },
        { href: '/dashboard/surveys/new', label: s.newSurvey },
      ]}
    >
      <ErrorSummary title={s.problem} problems={summaryOf(errors, text)} />
      <h1>{s.newSurvey}</h1>
      <p>{s.newIntro}</p>
      <form method='post' action={link('/dashboard/surveys/new')} novalidate>
        <div class={errorOf('template') ? 'field field-error' : 'field'}>
          <fieldset aria-describedby={errorOf('template') ? 'template-error' : undefined}>
            <legend>{s.template}</legend>
            <FieldError id='template-error' text={errorOf('template')} />
            <div class='choices'>
              {templateNames.map((name, i) => (
                <div class='choice'>
                  <input
                    type='radio'
                    id={i === 0 ? 'template' : `template-${name}`}
                    name='template'
                    value={name}
                    checked={typed.template === name}
                  />
                  <label for={i === 0 ? 'template' : `template-${name}`}>{s.templates[name]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <PairField name='title' legend={s.surveyTitle} value={typed.title} errorOf={errorOf} />
        <TextField
          id='slug'
          label={s.slug}
          hint={s.slugHint}
          value={typed.slug}
          error={errorOf('slug')}
        />
        <button class='button' type='submit'>
          {s.create}
        </button>
      </form>
    </DashboardLayout>
  )
}
