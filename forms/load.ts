import { formDefinition, type FormDefinition } from './schema.ts'

export class DefinitionError extends Error {}

/**
 * Parses a form definition, refusing it with a message that names the source and every
 * bad field, so a broken shipped file stops the start instead of half-loading.
 */
export function loadDefinition(source: string, json: unknown): FormDefinition {
  const result = formDefinition.safeParse(json)
  if (result.success) return result.data
  const fields = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
  throw new DefinitionError(`${source}: not a valid form definition\n${fields.join('\n')}`)
}
