import { loadDefinition } from '../../forms/load.ts'
import { shippedForms } from '../../forms/shipped/index.ts'
import { installForm } from './install.ts'

/** Stable ids for the demo surveys, so every start finds the same survey and wave again. */
const demoIds = (slug: string) => ({ survey: `survey-${slug}`, wave: `wave-${slug}-1` })

/** Validates every shipped definition (refusing the first bad one by file and field) and installs it. */
export async function installShippedForms(db: D1Database): Promise<string[]> {
  const forms = shippedForms.map(({ source, json }) => loadDefinition(source, json))
  for (const form of forms) await installForm(db, form, demoIds(form.slug))
  return forms.map((f) => f.slug)
}
