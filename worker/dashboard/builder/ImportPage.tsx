import type { Localized } from '../../../forms/schema.ts'
import { useFormat } from '../format.ts'
import { DashboardLayout } from '../Layout.tsx'
import { useLink, usePage } from '../messages/index.ts'
import { formPath } from './EditorPage.tsx'
import { ErrorSummary, FieldError } from '../fields.tsx'

/** One objection of the schema to an imported definition: where, and what (in its own words). */
export interface ImportProblem {
  path: string
  message: string
}

/** Pasting a whole definition as JSON, for power users; it replaces the draft once valid. */
export function ImportPage(props: {
  surveyId: string
  formTitle: Localized
  typed?: string
  problems?: ImportProblem[]
  sameSurvey?: boolean
  signOut: boolean
}) {
  const { t } = useFormat()
  const s = t.builder
  const link = useLink()
  const { lang } = usePage()
  const problems = props.problems ?? []
  const lines = [
    ...(props.sameSurvey ? [s.errors.sameSurvey] : []),
    ...problems.map((p) => s.importProblem(p.path, p.message)),
  ]
  // An empty field is a problem too, with no line of its own to show.
  const invalid = props.problems !== undefined || !!props.sameSurvey
  if (invalid && !lines.length) lines.push(s.errors.definition)
  return (
    <DashboardLayout
      title={invalid ? s.errorTitle(s.import) : s.import}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard', label: t.nav.surveys },
        { href: formPath(props.surveyId), label: props.formTitle[lang] },
        { href: formPath(props.surveyId, '/import'), label: s.import },
      ]}
    >
      <ErrorSummary
        title={s.problem}
        problems={lines.map((text) => ({ field: 'definition', text }))}
      />
      <h1>{s.import}</h1>
      <p>{s.importIntro}</p>
      <form method='post' action={link(formPath(props.surveyId, '/import'))} novalidate>
        <div class={invalid ? 'field field-error' : 'field'}>
          <label class='label' for='definition'>
            {s.definition}
          </label>
          <FieldError id='definition-error' text={invalid ? s.errors.definition : undefined} />
          <textarea
            id='definition'
            name='definition'
            rows={20}
            spellcheck={false}
            aria-describedby={invalid ? 'definition-error' : undefined}
            aria-invalid={invalid ? 'true' : undefined}
          >
            {props.typed ?? ''}
          </textarea>
        </div>
        <button class='button' type='submit'>
          {s.importSubmit}
        </button>
      </form>
      <a href={link(formPath(props.surveyId))}>{s.cancel}</a>
    </DashboardLayout>
  )
}
