import { codeAnswer, type compileCodebook } from '../../analysis/coding/index.ts'
import type { CodedText } from '../../analysis/themes.ts'
import type { FormDefinition } from '../../forms/schema.ts'
import { questionsOf } from '../../forms/schema.ts'
import { storeCodings, textAnswers } from '../db/coding.ts'

/**
 * The coded free-text answers of a wave. Answers coded before under this codebook version
 * are read back; only new ones are coded, and their coding is stored for the next run.
 */
export async function codedTexts(
  db: D1Database,
  form: FormDefinition,
  waveId: string,
  codebook: { version: string; compiled: ReturnType<typeof compileCodebook> }
): Promise<CodedText[]> {
  const sides = new Map(
    questionsOf(form)
      .filter((q) => q.kind === 'short_text' || q.kind === 'long_text')
      .map((q) => [q.id, 'side' in q ? q.side : undefined])
  )
  const answers = await textAnswers(db, waveId, [...sides.keys()], codebook.version)
  const fresh: { responseId: string; questionId: string; themes: string }[] = []
  const coded = answers.map((a): CodedText => {
    let themes = a.themes
    if (themes === null) {
      themes = JSON.stringify(codeAnswer(codebook.compiled, a.text))
      fresh.push({ responseId: a.responseId, questionId: a.questionId, themes })
    }
    return { text: a.text, side: sides.get(a.questionId), themes: JSON.parse(themes) }
  })
  await storeCodings(db, codebook.version, fresh)
  return coded
}
