import type { About } from '../about.ts'
import { kindOf } from '../kinds/index.ts'
import { fieldId } from '../kinds/common.ts'
import type { Messages } from '../messages/index.ts'
import { questionsOf, type FormDefinition, type Question } from '../schema.ts'
import type { FieldError, RawAnswers } from '../validate.ts'
import { Layout } from './Layout.tsx'
import { InterviewerNotice, StorageNotice, type DisclosureConfig } from './StorageNotice.tsx'

export interface FormPageProps {
  form: FormDefinition
  m: Messages
  /** Where the form posts to, with the language kept in the query. */
  action: string
  switchHref: string
  disclosure: DisclosureConfig
  about: About
  typed?: RawAnswers
  errors?: FieldError[]
  /** Hidden fields the route needs back, e.g. the one-time nonce of an open link. */
  hidden?: Record<string, string>
  /** Why the answers were not saved yet and the form must be sent again, shown above it. */
  notice?: FormNotice
  /** The wave is answered through an open link, which the storage notice says protects less. */
  openLink?: boolean
}

/**
 * A storage failure, a form open past its nonce's lifetime, or too many submits from one
 * network: in each case the answers stay in the form and can be sent again. Or the builder's
 * preview, which stores nothing.
 */
export type FormNotice = 'retry' | 'failed' | 'expired' | 'rateLimited' | 'preview'

export function FormPage(props: FormPageProps) {
  const { form, m, errors = [], typed = {} } = props
  const lang = m.lang as 'de' | 'en'
  const title = form.title[lang]
  const interview = form.kind === 'interview'
  const errorOf = new Map(errors.map((e) => [e.questionId, e.message]))
  const byId = new Map(questionsOf(form).map((q) => [q.id, q]))
  return (
    <Layout
      m={m}
      title={errors.length ? m.errorTitlePrefix + title : title}
      switchHref={props.switchHref}
      about={props.about}
    >
      {props.notice ? <SendAgainBanner text={m[props.notice]} /> : null}
      {errors.length ? (
        <ErrorSummary m={m} errors={errors} labelOf={(id) => byId.get(id)!.label[lang]} />
      ) : null}
      <h1>{title}</h1>
      <p class='lead'>{form.intro[lang]}</p>
      {interview ? (
        <InterviewerNotice m={m} config={props.disclosure} />
      ) : (
        <StorageNotice m={m} config={props.disclosure} openLink={props.openLink} />
      )}
      <form
        method='post'
        action={props.action}
        novalidate
        data-draft={form.slug}
        accept-charset='utf-8'
      >
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type='hidden' name={name} value={value} />
        ))}
        {form.sections.map((section) => (
          <section class='section' aria-labelledby={`s-${section.id}`}>
            <h2 id={`s-${section.id}`}>{section.title[lang]}</h2>
            {section.intro ? <p>{section.intro[lang]}</p> : null}
            {section.questions.map((q) => (
              <div
                class='question'
                data-show-if={q.showIf?.question}
                data-show-values={q.showIf?.in.join(' ')}
              >
                <QuestionField
                  question={q}
                  m={m}
                  typed={typed[q.id] ?? []}
                  error={errorOf.get(q.id)}
                  condition={conditionHint(q, byId, m)}
                />
              </div>
            ))}
          </section>
        ))}
        <button type='submit' class='button'>
          {interview ? m.interview.submit : m.submit}
        </button>
      </form>
    </Layout>
  )
}

function QuestionField(props: {
  question: Question
  m: Messages
  typed: string[]
  error?: string
  condition?: string
}) {
  const { Field } = kindOf(props.question.kind)
  return (
    <Field
      question={props.question as never}
      m={props.m}
      typed={props.typed}
      error={props.error}
      conditionHint={props.condition}
    />
  )
}

/** "Only answer if you chose … for …", so the form reads right without JavaScript. */
function conditionHint(q: Question, byId: Map<string, Question>, m: Messages): string | undefined {
  if (!q.showIf) return undefined
  const lang = m.lang as 'de' | 'en'
  const target = byId.get(q.showIf.question)!
  const options = 'options' in target ? target.options : []
  const values = q.showIf.in.map((v) =>
    m.quote(options.find((o) => o.value === v)?.label[lang] ?? v)
  )
  return m.shownIf(target.label[lang], values.join(` ${m.or} `))
}

/**
 * The GOV.UK error summary: announced, focused on load, each entry links to its field. Each
 * link names its question, as several carry the same message and a screen reader's link list
 * shows the link text alone.
 */
function ErrorSummary(props: {
  m: Messages
  errors: FieldError[]
  labelOf: (questionId: string) => string
}) {
  const { m, errors } = props
  return (
    <div
      class='error-summary'
      role='alert'
      aria-labelledby='error-summary-title'
      tabindex={-1}
      autofocus
    >
      <h2 id='error-summary-title'>{m.errorSummaryTitle}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${fieldId(e.questionId)}`}>
              {m.errorSummaryLink(props.labelOf(e.questionId), e.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

function SendAgainBanner({ text }: { text: { title: string; body: string } }) {
  return (
    <div class='retry-banner' role='alert' tabindex={-1} autofocus>
      <h2>{text.title}</h2>
      <p>{text.body}</p>
    </div>
  )
}
