import { dimensionLabel } from '../../../analysis/render/labels.ts'
import { questionsOf, type FormDefinition, type Question } from '../../../forms/schema.ts'
import { kindFacts } from '../../../forms/kinds/facts.ts'
import type { BuilderError } from '../../builder/errors.ts'
import { useFormat } from '../format.ts'
import { DashboardLayout } from '../Layout.tsx'
import { useLink, usePage } from '../messages/index.ts'
import { ErrorSummary } from '../fields.tsx'
import { useErrorText } from './parts.tsx'

export const formPath = (surveyId: string, rest = '') =>
  `/dashboard/surveys/${encodeURIComponent(surveyId)}/form${rest}`

const questionPath = (surveyId: string, questionId: string, rest = '') =>
  formPath(surveyId, `/questions/${encodeURIComponent(questionId)}${rest}`)

export interface EditorData {
  surveyId: string
  /** The published version the draft starts from. */
  version: number
  /** The draft, or the current version when there is none. */
  form: FormDefinition
  hasDraft: boolean
  openWave: { label: string; version: number } | null
}

/** The form of a survey question by question: researchers read it, admins change it. */
export function EditorPage(props: { data: EditorData; errors?: BuilderError[]; signOut: boolean }) {
  const { t } = useFormat()
  const s = t.builder
  const { lang, role } = usePage()
  const link = useLink()
  const { data } = props
  const title = s.editTitle(data.form.title[lang])
  const admin = role === 'admin'
  const errorText = useErrorText()
  const labels = new Map(questionsOf(data.form).map((q) => [q.id, q.label[lang]]))
  const errors = (props.errors ?? []).map((e) => ({
    field: 'questions',
    text: errorText(e, (id) => labels.get(id)),
  }))
  return (
    <DashboardLayout
      title={errors.length ? s.errorTitle(title) : title}
      signOut={props.signOut}
      crumbs={[
        { href: '/dashboard', label: t.nav.surveys },
        { href: formPath(data.surveyId), label: data.form.title[lang] },
      ]}
    >
      <ErrorSummary title={s.problem} problems={errors} />
      <h1>{title}</h1>
      <p>{data.hasDraft ? s.draftState(data.version) : s.noDraft(data.version)}</p>
      <p class='warning'>
        {s.waveRule}
        {data.openWave ? ` ${s.openWave(data.openWave.label, data.openWave.version)}` : null}
      </p>
      <ul class='inline-list'>
        <li>
          <a href={`${formPath(data.surveyId, '/preview')}?lang=de`}>{s.previewDe}</a>
        </li>
        <li>
          <a href={`${formPath(data.surveyId, '/preview')}?lang=en`}>{s.previewEn}</a>
        </li>
      </ul>
      <h2 id='questions' tabindex={-1}>
        {s.questions}
      </h2>
      {data.form.sections.map((section, si) => (
        <section aria-labelledby={`section-${si}`}>
          <h3 id={`section-${si}`}>{section.title[lang]}</h3>
          <ol class='builder-questions'>
            {section.questions.map((q) => (
              <QuestionItem surveyId={data.surveyId} question={q} labels={labels} admin={admin} />
            ))}
          </ol>
        </section>
      ))}
      {admin ? <AddQuestion surveyId={data.surveyId} form={data.form} /> : null}
      {admin && data.hasDraft ? (
        <>
          <h2>{s.publish}</h2>
          <p>{s.publishHint}</p>
          <form method='post' action={link(formPath(data.surveyId, '/publish'))}>
            <button class='button' type='submit'>
              {s.publish}
            </button>
          </form>
          <form method='post' action={link(formPath(data.surveyId, '/discard'))}>
            <button class='button button-secondary' type='submit'>
              {s.discard}
            </button>
          </form>
        </>
      ) : null}
      <h2>{s.exportImport}</h2>
      <ul>
        <li>
          <a href={formPath(data.surveyId, '/current.json')}>{s.exportCurrent(data.version)}</a>
        </li>
        {data.hasDraft ? (
          <li>
            <a href={formPath(data.surveyId, '/draft.json')}>{s.exportDraft}</a>
          </li>
        ) : null}
        {admin ? (
          <li>
            <a href={link(formPath(data.surveyId, '/import'))}>{s.import}</a>
          </li>
        ) : null}
      </ul>
    </DashboardLayout>
  )
}

function QuestionItem(props: {
  surveyId: string
  question: Question
  labels: Map<string, string>
  admin: boolean
}) {
  const { t } = useFormat()
  const s = t.builder
  const { lang } = usePage()
  const link = useLink()
  const q = props.question
  const label = q.label[lang]
  const x = q as Question & { dimension?: string; side?: 'enabler' | 'barrier' }
  const facts = [
    s.kinds[q.kind],
    q.required ? s.required : s.optional,
    q.showIf && s.shownIf(props.labels.get(q.showIf.question) ?? q.showIf.question),
    kindFacts[q.kind].parts.dimension &&
      x.dimension &&
      t.question.dimension(dimensionLabel(lang, x.dimension)),
    kindFacts[q.kind].parts.side && x.side && t.question.side[x.side],
  ].filter(Boolean)
  const move = link(questionPath(props.surveyId, q.id, '/move'))
  return (
    <li id={`question-${q.id}`}>
      <p class='builder-label'>
        <span lang='de'>{q.label.de}</span>
        <br />
        <span lang='en' class='hint'>
          {q.label.en}
        </span>
      </p>
      <p class='hint'>{facts.join(' · ')}</p>
      {props.admin ? (
        <div class='builder-actions'>
          <a href={link(questionPath(props.surveyId, q.id))} aria-label={s.editLabel(label)}>
            {s.edit}
          </a>
          <form method='post' action={move}>
            <button
              class='link-button'
              name='direction'
              value='up'
              aria-label={s.moveUpLabel(label)}
            >
              {s.moveUp}
            </button>
          </form>
          <form method='post' action={move}>
            <button
              class='link-button'
              name='direction'
              value='down'
              aria-label={s.moveDownLabel(label)}
            >
              {s.moveDown}
            </button>
          </form>
          <a
            href={link(questionPath(props.surveyId, q.id, '/remove'))}
            aria-label={s.removeLabel(label)}
          >
            {s.remove}
          </a>
        </div>
      ) : null}
    </li>
  )
}

/** Choosing a kind from the closed registry and a section, then the question's own page. */
function AddQuestion({ surveyId, form }: { surveyId: string; form: FormDefinition }) {
  const s = useFormat().t.builder
  const { lang, chosen } = usePage()
  const kinds = Object.keys(kindFacts) as Question['kind'][]
  const last = form.sections.length - 1
  return (
    <>
      <h2>{s.addQuestion}</h2>
      <form method='get' action={formPath(surveyId, '/questions/new')}>
        {chosen ? <input type='hidden' name='lang' value={lang} /> : null}
        <div class='field'>
          <fieldset>
            <legend>{s.kind}</legend>
            <div class='choices'>
              {kinds.map((kind, i) => (
                <div class='choice'>
                  <input
                    type='radio'
                    id={i === 0 ? 'kind' : `kind-${kind}`}
                    name='kind'
                    value={kind}
                    checked={i === 0}
                  />
                  <label for={i === 0 ? 'kind' : `kind-${kind}`}>{s.kinds[kind]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {form.sections.length > 1 ? (
          <div class='field'>
            <label class='label' for='section'>
              {s.addTo}
            </label>
            <select id='section' name='section'>
              {form.sections.map((sec, i) => (
                <option value={String(i)} selected={i === last}>
                  {sec.title[lang]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button class='button' type='submit'>
          {s.next}
        </button>
      </form>
    </>
  )
}
