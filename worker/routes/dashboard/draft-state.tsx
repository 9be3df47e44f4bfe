import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { HTTPException } from 'hono/http-exception'
import { authorize, type AuthEnv } from '../../auth/authorize.ts'
import { editedForm, loadDraftState, type DraftState } from '../../builder/load.ts'
import { formPath, type EditorData } from '../../dashboard/builder/EditorPage.tsx'
import { DashboardMessage } from '../../dashboard/Layout.tsx'
import { keepLang, renderPage } from '../../dashboard/render.tsx'
import { readFormPost } from '../../post.ts'
import { dashboardDenial } from './session.tsx'

export type DraftEnv = {
  Bindings: Env
  Variables: AuthEnv['Variables'] & { state: DraftState }
}

/** Researchers read the builder's pages; every change and every form to make one is for admins. */
export const admin = authorize('admin', dashboardDenial)

export { signedIn } from './session.tsx'

export const notFound = (c: Context) =>
  renderPage(
    c,
    <DashboardMessage page='notFound' back={{ href: '/dashboard', label: 'allSurveys' }} />,
    404
  )

/** Loads the survey of `:id` with its draft, or answers 404. */
export const withDraft = createMiddleware<DraftEnv>(async (c, next) => {
  const state = await loadDraftState(c.env.DB, c.req.param('id') ?? '')
  if (!state) return notFound(c)
  c.set('state', state)
  await next()
})

/** Back to the survey's form in the builder, after a change. */
export const toEditor = (c: Context<DraftEnv>) =>
  c.redirect(keepLang(c, formPath(c.var.state.survey.id)), 303)

/**
 * A form post as name → values. A body of another type holds no field of the form, so it is
 * judged as an empty form; one that is not valid UTF-8 is refused as unreadable.
 */
export async function readPost(c: Context) {
  const fields = await readFormPost(c.req.raw)
  if (fields === 'contentType') return {}
  if (fields === 'encoding') throw new HTTPException(400)
  return fields
}

/** What the editor page shows of a survey's draft. */
export const editorData = (state: DraftState): EditorData => ({
  surveyId: state.survey.id,
  version: state.survey.version,
  form: editedForm(state),
  hasDraft: state.draft !== null,
  openWave: state.openWave && {
    label: state.openWave.label,
    version: state.openWave.formVersion,
  },
})
