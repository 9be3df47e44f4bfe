import { Hono, type Context } from 'hono'
import { disclosureConfig } from '../../../analysis/disclosure.ts'
import { aboutSurvey } from '../../../forms/about.ts'
import { chooseLang, messagesFor } from '../../../forms/messages/index.ts'
import { FormPage } from '../../../forms/pages/FormPage.tsx'
import type { FormDefinition } from '../../../forms/schema.ts'
import { validateAnswers, type RawAnswers } from '../../../forms/validate.ts'
import { checkDraft, sameForm } from '../../builder/draft.ts'
import { editedForm } from '../../builder/load.ts'
import { EditorPage, formPath } from '../../dashboard/builder/EditorPage.tsx'
import { ImportPage } from '../../dashboard/builder/ImportPage.tsx'
import { useBuilder } from '../../dashboard/builder/parts.tsx'
import { DashboardLayout } from '../../dashboard/Layout.tsx'
import { useLink } from '../../dashboard/messages/index.ts'
import { renderPage } from '../../dashboard/render.tsx'
import { deleteDraft, saveDraft } from '../../db/drafts.ts'
import { addFormVersion } from '../../db/surveys.ts'
import {
  admin,
  editorData,
  readPost,
  signedIn,
  toEditor,
  withDraft,
  type DraftEnv,
} from './draft-state.tsx'
import { questions } from './questions.tsx'

/** A survey's form in the builder, mounted at `/dashboard/surveys/:id/form`. */
export const draft = new Hono<DraftEnv>()

draft.use('*', withDraft)

draft.get('/', (c) =>
  renderPage(c, <EditorPage data={editorData(c.var.state)} signOut={signedIn(c)} />)
)

draft.route('/questions', questions)

// A wave keeps the version it opened with (waves.form_version), so publishing changes no
// open wave's form: the new version applies from the next wave.
draft.post('/publish', admin, async (c) => {
  const { survey, draft: form } = c.var.state
  const checked = form && checkDraft(form)
  if (checked?.ok && !sameForm(checked.form, c.var.state.current)) {
    await addFormVersion(c.env.DB, survey.id, checked.form)
  }
  await deleteDraft(c.env.DB, survey.id)
  return toEditor(c)
})

draft.post('/discard', admin, async (c) => {
  await deleteDraft(c.env.DB, c.var.state.survey.id)
  return toEditor(c)
})

const download = (c: Context, form: FormDefinition, name: string) =>
  c.body(`${JSON.stringify(form, null, 2)}\n`, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}.json"`,
  })

draft.get('/current.json', (c) => {
  const { survey, current } = c.var.state
  return download(c, current, `${survey.slug}-v${survey.version}`)
})

draft.get('/draft.json', (c) => {
  const { survey, draft: form } = c.var.state
  if (!form) return c.text('No draft.', 404)
  return download(c, form, `${survey.slug}-entwurf`)
})

const importPage = (c: Context<DraftEnv>, props: Partial<Parameters<typeof ImportPage>[0]>) =>
  renderPage(
    c,
    <ImportPage
      surveyId={c.var.state.survey.id}
      formTitle={editedForm(c.var.state).title}
      signOut={signedIn(c)}
      {...props}
    />,
    props.problems || props.sameSurvey ? 422 : 200
  )

draft.get('/import', admin, (c) => importPage(c, {}))

draft.post('/import', admin, async (c) => {
  const typed = (await readPost(c)).definition?.[0] ?? ''
  if (!typed.trim()) return importPage(c, { typed, problems: [] })
  let parsed: unknown
  try {
    parsed = JSON.parse(typed)
  } catch {
    return renderPage(c, <NotJson surveyId={c.var.state.survey.id} />, 400)
  }
  const { survey } = c.var.state
  const checked = checkDraft(
    typeof parsed === 'object' && parsed ? { version: 1, ...parsed } : parsed
  )
  if (!checked.ok) {
    const problems = checked.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    return importPage(c, { typed, problems })
  }
  if (checked.form.slug !== survey.slug || checked.form.kind !== survey.kind)
    return importPage(c, { typed, sameSurvey: true })
  await saveDraft(c.env.DB, survey.id, checked.form)
  return toEditor(c)
})

function NotJson({ surveyId }: { surveyId: string }) {
  const s = useBuilder()
  const link = useLink()
  const [title, body] = s.badJson
  return (
    <DashboardLayout title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <a href={link(formPath(surveyId, '/import'))}>{s.import}</a>
    </DashboardLayout>
  )
}

/** The draft exactly as participants would see it, in their language; nothing is stored. */
function preview(c: Context<DraftEnv>, typed?: RawAnswers) {
  const lang = chooseLang(c.req.query('lang'), c.req.header('accept-language'))
  const m = messagesFor(lang)
  const form = editedForm(c.var.state)
  const path = formPath(c.var.state.survey.id, '/preview')
  const result = typed && validateAnswers(form, typed, m)
  const errors = result && !result.ok ? result.errors : undefined
  return c.html(
    <FormPage
      form={form}
      m={m}
      action={`${path}?lang=${lang}`}
      switchHref={`${path}?lang=${lang === 'de' ? 'en' : 'de'}`}
      disclosure={disclosureConfig(c.env)}
      about={aboutSurvey(c.env, form.about, lang)}
      typed={typed}
      errors={errors}
      notice='preview'
    />,
    errors ? 422 : 200
  )
}

draft.get('/preview', (c) => preview(c))

// Sending the preview checks the answers as the real form would and stores nothing.
draft.post('/preview', async (c) => preview(c, await readPost(c)))
