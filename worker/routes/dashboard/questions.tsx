import { Hono, type Context } from 'hono'
import { kindFacts } from '../../../forms/kinds/facts.ts'
import { questionsOf, type FormDefinition, type QuestionKind } from '../../../forms/schema.ts'
import {
  checkDraft,
  freeQuestionId,
  placeOf,
  withNewQuestion,
  withoutQuestion,
  withQuestion,
  withQuestionMoved,
  type Place,
} from '../../builder/draft.ts'
import { builderErrors, type BuilderError } from '../../builder/errors.ts'
import { editedForm } from '../../builder/load.ts'
import {
  blankQuestion,
  conditionSpansQuestions,
  inputOf,
  questionOf,
  readQuestion,
  type QuestionInput,
} from '../../builder/question-form.ts'
import { EditorPage, formPath } from '../../dashboard/builder/EditorPage.tsx'
import { QuestionPage, RemoveQuestionPage } from '../../dashboard/builder/QuestionPage.tsx'
import { renderPage } from '../../dashboard/render.tsx'
import { saveDraft } from '../../db/drafts.ts'
import {
  admin,
  editorData,
  notFound,
  readPost,
  signedIn,
  toEditor,
  type DraftEnv,
} from './draft-state.tsx'

/** Adding, editing, moving and removing the questions of a survey's draft, one per request. */
export const questions = new Hono<DraftEnv>()

questions.use('*', admin)

const isKind = (k: string | undefined): k is QuestionKind => !!k && Object.hasOwn(kindFacts, k)

/** The questions before `at` (or before the end of section `section`), a condition's candidates. */
function earlierThan(form: FormDefinition, at: Place) {
  const before = form.sections.slice(0, at.section).flatMap((s) => s.questions)
  return [...before, ...form.sections[at.section].questions.slice(0, at.index)]
}

const sectionOf = (form: FormDefinition, raw: string | undefined) => {
  const n = Number(raw ?? form.sections.length - 1)
  return Number.isInteger(n) && n >= 0 && n < form.sections.length ? n : null
}

/** The question page, for a new question at the end of `section` or the one at `at`. */
function questionPage(
  c: Context<DraftEnv>,
  typed: QuestionInput,
  place: { at: Place; isNew: boolean },
  errors?: BuilderError[]
) {
  const form = editedForm(c.var.state)
  const id = c.var.state.survey.id
  return renderPage(
    c,
    <QuestionPage
      surveyId={id}
      formTitle={form.title}
      action={formPath(
        id,
        place.isNew ? '/questions' : `/questions/${encodeURIComponent(c.req.param('qid') ?? '')}`
      )}
      typed={typed}
      earlier={earlierThan(form, place.at)}
      section={place.isNew ? place.at.section : undefined}
      errors={errors}
      isNew={place.isNew}
      signOut={signedIn(c)}
    />,
    errors ? 422 : 200
  )
}

/** Checks the changed draft with the API's schema; stores it, or shows the form again with 422. */
async function saveOrShow(
  c: Context<DraftEnv>,
  typed: QuestionInput,
  place: { at: Place; isNew: boolean },
  change: (form: FormDefinition, question: unknown) => FormDefinition
) {
  if (conditionSpansQuestions(typed))
    return questionPage(c, typed, place, [{ field: 'showIf', key: 'showIf' }])
  const candidate = change(editedForm(c.var.state), questionOf(typed))
  const checked = checkDraft(candidate)
  if (!checked.ok)
    return questionPage(c, typed, place, builderErrors(checked.issues, candidate, place.at))
  await saveDraft(c.env.DB, c.var.state.survey.id, checked.form)
  return toEditor(c)
}

questions.get('/new', (c) => {
  const form = editedForm(c.var.state)
  const kind = c.req.query('kind')
  const section = sectionOf(form, c.req.query('section'))
  if (!isKind(kind) || section === null) return notFound(c)
  const at = { section, index: form.sections[section].questions.length }
  return questionPage(c, blankQuestion(kind, freeQuestionId(form)), { at, isNew: true })
})

questions.post('/', async (c) => {
  const body = await readPost(c)
  const form = editedForm(c.var.state)
  const kind = body.kind?.[0]
  const section = sectionOf(form, body.section?.[0])
  if (!isKind(kind) || section === null) return notFound(c)
  const at = { section, index: form.sections[section].questions.length }
  return saveOrShow(c, readQuestion(kind, body), { at, isNew: true }, (f, q) =>
    withNewQuestion(f, section, q)
  )
})

questions.get('/:qid', (c) => {
  const form = editedForm(c.var.state)
  const at = placeOf(form, c.req.param('qid'))
  if (!at) return notFound(c)
  const question = form.sections[at.section].questions[at.index]
  return questionPage(c, inputOf(question), { at, isNew: false })
})

questions.post('/:qid', async (c) => {
  const body = await readPost(c)
  const form = editedForm(c.var.state)
  const at = placeOf(form, c.req.param('qid'))
  if (!at) return notFound(c)
  // The kind is the stored question's: the form cannot turn a question into another kind.
  const kind = form.sections[at.section].questions[at.index].kind
  return saveOrShow(c, readQuestion(kind, body), { at, isNew: false }, (f, q) =>
    withQuestion(f, at, q)
  )
})

/** A change of the whole list (move, remove): stored if the draft stays valid, else the editor with 422. */
async function changeList(c: Context<DraftEnv>, change: (form: FormDefinition) => FormDefinition) {
  const candidate = change(editedForm(c.var.state))
  const checked = checkDraft(candidate)
  if (checked.ok) {
    await saveDraft(c.env.DB, c.var.state.survey.id, checked.form)
    return toEditor(c)
  }
  const errors = builderErrors(checked.issues, candidate, null)
  return renderPage(
    c,
    <EditorPage data={editorData(c.var.state)} errors={errors} signOut={signedIn(c)} />,
    422
  )
}

questions.post('/:qid/move', async (c) => {
  const direction = (await readPost(c)).direction?.[0]
  const at = placeOf(editedForm(c.var.state), c.req.param('qid'))
  if (!at || (direction !== 'up' && direction !== 'down')) return notFound(c)
  return changeList(c, (form) => withQuestionMoved(form, at, direction))
})

questions.get('/:qid/remove', (c) => {
  const form = editedForm(c.var.state)
  const question = questionsOf(form).find((q) => q.id === c.req.param('qid'))
  if (!question) return notFound(c)
  return renderPage(
    c,
    <RemoveQuestionPage
      surveyId={c.var.state.survey.id}
      question={question}
      signOut={signedIn(c)}
    />
  )
})

questions.post('/:qid/remove', async (c) => {
  const at = placeOf(editedForm(c.var.state), c.req.param('qid'))
  if (!at) return notFound(c)
  return changeList(c, (form) => withoutQuestion(form, at))
})
