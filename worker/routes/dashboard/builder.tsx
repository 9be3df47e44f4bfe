import { Hono } from 'hono'
import { templateNames, templates, type TemplateName } from '../../../forms/shipped/templates.ts'
import type { AuthEnv } from '../../auth/authorize.ts'
import { checkDraft } from '../../builder/draft.ts'
import type { BuilderError } from '../../builder/errors.ts'
import { newId } from '../../crypto.ts'
import { formPath } from '../../dashboard/builder/EditorPage.tsx'
import { NewSurveyPage, type NewSurveyInput } from '../../dashboard/builder/NewSurveyPage.tsx'
import { keepLang, renderPage } from '../../dashboard/render.tsx'
import { insertSurvey } from '../../db/surveys.ts'
import { draft } from './draft.tsx'
import { admin, readPost, signedIn } from './draft-state.tsx'

/** The survey builder, mounted at `/dashboard/surveys`: new surveys and their forms. */
export const builder = new Hono<AuthEnv>()

builder.get('/new', admin, (c) => renderPage(c, <NewSurveyPage signOut={signedIn(c)} />))

const isTemplate = (name: string): name is TemplateName =>
  (templateNames as string[]).includes(name)

/** Where the schema's objections to a new survey's title or slug belong on the form. */
const newSurveyErrors = (paths: readonly PropertyKey[][]): BuilderError[] => {
  const errors: BuilderError[] = []
  const [title] = paths.filter((p) => p[0] === 'title')
  if (title) errors.push({ field: `title_${String(title[1] ?? 'de')}`, key: 'surveyTitle' })
  if (paths.some((p) => p[0] === 'slug')) errors.push({ field: 'slug', key: 'slug' })
  return errors
}

builder.post('/new', admin, async (c) => {
  const body = await readPost(c)
  const field = (name: string) => (body[name]?.[0] ?? '').trim()
  const typed: NewSurveyInput = {
    template: field('template'),
    title: { de: field('title_de'), en: field('title_en') },
    slug: field('slug'),
  }
  const show = (errors: BuilderError[]) =>
    renderPage(c, <NewSurveyPage typed={typed} errors={errors} signOut={signedIn(c)} />, 422)
  if (!isTemplate(typed.template)) return show([{ field: 'template', key: 'template' }])
  const checked = checkDraft({
    ...templates[typed.template],
    title: typed.title,
    slug: typed.slug,
  })
  if (!checked.ok) return show(newSurveyErrors(checked.issues.map((i) => i.path)))
  const id = newId()
  if (!(await insertSurvey(c.env.DB, id, checked.form, false)))
    return show([{ field: 'slug', key: 'slugTaken' }])
  return c.redirect(keepLang(c, formPath(id)), 303)
})

builder.route('/:id/form', draft)
