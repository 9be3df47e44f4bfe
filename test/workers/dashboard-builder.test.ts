import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { kindFacts } from '../../forms/kinds/facts.ts'
import type { FormDefinition, QuestionKind } from '../../forms/schema.ts'
import { openWave } from '../../worker/db/waves.ts'
import { tokenFor } from './api-helpers.ts'
import { COOKIE, sessionFor, visit } from './dashboard-helpers.ts'
import {
  installPulseCopy,
  NOTHING_WRITTEN,
  post,
  request,
  writtenFor,
  type Fields,
} from './helpers.ts'

const cookie = (session: string) => ({ cookie: `${COOKIE}=${session}` })
const form = (surveyId: string, rest = '') => `/dashboard/surveys/${surveyId}/form${rest}`

let admin: string
let researcher: string
beforeAll(async () => {
  admin = await sessionFor(await tokenFor('admin'))
  researcher = await sessionFor(await tokenFor('researcher'))
})

/** Everything the builder can write for a survey: its draft and its form versions. */
async function stored(surveyId: string) {
  const draft = await env.DB.prepare('SELECT definition FROM survey_drafts WHERE survey_id = ?1')
    .bind(surveyId)
    .first<string>('definition')
  const versions = await env.DB.prepare(
    'SELECT COUNT(*) AS n FROM form_versions WHERE survey_id = ?1'
  )
    .bind(surveyId)
    .first<number>('n')
  return { draft: draft === null ? null : (JSON.parse(draft) as FormDefinition), versions }
}

const questionIds = (f: FormDefinition) => f.sections.flatMap((s) => s.questions.map((q) => q.id))

/** The fields of the question page for `trust` as the stored demo has them, with changes. */
function trustFields(changes: Record<string, string> = {}): Fields {
  const base: Record<string, string> = {
    kind: 'likert',
    id: 'trust',
    label_de: 'Ich kann offen sprechen.',
    label_en: 'I can speak openly.',
    hint_de: '',
    hint_en: '',
    low_de: 'stimme gar nicht zu',
    low_en: 'strongly disagree',
    high_de: 'stimme voll zu',
    high_en: 'strongly agree',
    noAnswer: 'on',
    dimension: 'trust',
    required: 'on',
    ...changes,
  }
  return Object.entries(base)
}

describe('the survey builder', () => {
  it('refuses researchers every change and every form to make one, and writes nothing', async () => {
    const s = await installPulseCopy('builder-refused')
    const before = await stored(s.surveyId)
    const gets = [
      '/dashboard/surveys/new',
      form(s.surveyId, '/questions/new?kind=likert'),
      form(s.surveyId, '/questions/trust'),
      form(s.surveyId, '/questions/trust/remove'),
      form(s.surveyId, '/import'),
    ]
    for (const path of gets) expect((await visit(path, researcher)).status, path).toBe(403)
    const posts: [string, Fields][] = [
      [
        '/dashboard/surveys/new',
        [
          ['template', 'blank'],
          ['title_de', 'X'],
          ['title_en', 'X'],
          ['slug', 'von-forschung'],
        ],
      ],
      [
        form(s.surveyId, '/questions'),
        [
          ['kind', 'single'],
          ['id', 'neu'],
        ],
      ],
      [form(s.surveyId, '/questions/trust'), trustFields({ label_de: 'Geändert' })],
      [form(s.surveyId, '/questions/trust/move'), [['direction', 'down']]],
      [form(s.surveyId, '/questions/trust/remove'), []],
      [form(s.surveyId, '/publish'), []],
      [form(s.surveyId, '/discard'), []],
      [form(s.surveyId, '/import'), [['definition', JSON.stringify(demoPuls)]]],
    ]
    for (const [path, fields] of posts)
      expect((await post(path, fields, cookie(researcher))).status, path).toBe(403)
    expect(await stored(s.surveyId)).toEqual(before)
    const slug = await env.DB.prepare("SELECT id FROM surveys WHERE slug = 'von-forschung'").first()
    expect(slug).toBeNull()
  })

  it('shows researchers the form and its preview without a single change control', async () => {
    const s = await installPulseCopy('builder-read')
    const res = await visit(form(s.surveyId), researcher)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('In der Arbeitsgruppe kann ich offen')
    expect(html).not.toContain('/questions/trust"')
    expect(html).not.toContain('Als neue Fassung speichern')
    expect((await visit(form(s.surveyId, '/preview'), researcher)).status).toBe(200)
  })

  it.each([
    ['pulse', 'pulse', 'trust'],
    ['interview', 'interview', 'format'],
    ['blank', 'pulse', 'rueckmeldung'],
  ])('creates a survey from the %s template', async (template, kind, firstQuestion) => {
    const slug = `neu-${template}`
    const res = await post(
      '/dashboard/surveys/new',
      [
        ['template', template],
        ['title_de', `Befragung ${template}`],
        ['title_en', `Survey ${template}`],
        ['slug', slug],
      ],
      cookie(admin)
    )
    expect(res.status).toBe(303)
    const row = await env.DB.prepare('SELECT id, kind FROM surveys WHERE slug = ?1')
      .bind(slug)
      .first<{ id: string; kind: string }>()
    expect(row?.kind).toBe(kind)
    expect(res.headers.get('location')).toBe(form(row!.id))
    const editor = await (await visit(form(row!.id), admin)).text()
    expect(editor).toContain(`Formular: Befragung ${template}`)
    expect(editor).toContain(`/questions/${firstQuestion}"`)
  })

  it('shows a taken slug and empty titles again with 422 and what was typed', async () => {
    await installPulseCopy('schon-da')
    const res = await post(
      '/dashboard/surveys/new',
      [
        ['template', 'pulse'],
        ['title_de', ''],
        ['title_en', 'Typed title'],
        ['slug', 'schon-da'],
      ],
      cookie(admin)
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<a href="#title_de">Geben Sie den Titel')
    expect(html).toContain('value="Typed title"')
    const taken = await post(
      '/dashboard/surveys/new',
      [
        ['template', 'pulse'],
        ['title_de', 'Titel'],
        ['title_en', 'Title'],
        ['slug', 'schon-da'],
      ],
      cookie(admin)
    )
    expect(taken.status).toBe(422)
    expect(await taken.text()).toContain('Diese Adresse hat schon eine andere Befragung.')
  })

  it('adds, edits, moves and removes questions in a draft that outlives the request', async () => {
    const s = await installPulseCopy('builder-edit')
    const newPage = await visit(form(s.surveyId, '/questions/new?kind=single&section=0'), admin)
    expect(newPage.status).toBe(200)
    expect(await newPage.text()).toContain('name="option_value"')

    const added = await post(
      form(s.surveyId, '/questions'),
      [
        ['kind', 'single'],
        ['section', '0'],
        ['id', 'rolle'],
        ['label_de', 'Ihre Rolle?'],
        ['label_en', 'Your role?'],
        ['option_value', 'lead'],
        ['option_de', 'Leitung'],
        ['option_en', 'Lead'],
        ['option_value', 'staff'],
        ['option_de', 'Referat'],
        ['option_en', 'Unit'],
        ['option_value', ''],
        ['option_de', ''],
        ['option_en', ''],
      ],
      cookie(admin)
    )
    expect(added.status).toBe(303)
    let draft = (await stored(s.surveyId)).draft!
    const section = draft.sections[0].questions
    expect(section.at(-1)).toMatchObject({
      id: 'rolle',
      kind: 'single',
      options: [
        { value: 'lead', label: { de: 'Leitung', en: 'Lead' } },
        { value: 'staff', label: { de: 'Referat', en: 'Unit' } },
      ],
    })

    const edited = await post(
      form(s.surveyId, '/questions/trust'),
      trustFields({ label_de: 'Neu formuliert', dimension: 'transparency' }),
      cookie(admin)
    )
    expect(edited.status).toBe(303)
    draft = (await stored(s.surveyId)).draft!
    expect(draft.sections[0].questions[0]).toMatchObject({
      id: 'trust',
      label: { de: 'Neu formuliert', en: 'I can speak openly.' },
      dimension: 'transparency',
      required: true,
    })

    const ids = questionIds(draft)
    expect(
      (
        await post(
          form(s.surveyId, '/questions/trust/move'),
          [['direction', 'down']],
          cookie(admin)
        )
      ).status
    ).toBe(303)
    draft = (await stored(s.surveyId)).draft!
    expect(questionIds(draft).slice(0, 2)).toEqual([ids[1], 'trust'])

    const confirm = await visit(form(s.surveyId, '/questions/rolle/remove'), admin)
    expect(await confirm.text()).toContain('Ja, Frage entfernen')
    expect(questionIds((await stored(s.surveyId)).draft!)).toContain('rolle')
    expect(
      (await post(form(s.surveyId, '/questions/rolle/remove'), [], cookie(admin))).status
    ).toBe(303)
    expect(questionIds((await stored(s.surveyId)).draft!)).not.toContain('rolle')
    // Nothing of it is published until an admin says so.
    expect((await stored(s.surveyId)).versions).toBe(1)
  })

  it('offers for each kind exactly the fields its registry facts name', async () => {
    const s = await installPulseCopy('builder-kinds')
    const fields = {
      options: 'name="option_value"',
      ends: 'name="low_de"',
      noAnswer: 'name="noAnswer"',
      dimension: 'name="dimension"',
      side: 'name="side"',
      maxLength: 'name="maxLength"',
      range: 'name="min"',
    } as const
    for (const kind of Object.keys(kindFacts) as QuestionKind[]) {
      const html = await (
        await visit(form(s.surveyId, `/questions/new?kind=${kind}`), admin)
      ).text()
      for (const [part, field] of Object.entries(fields))
        expect(html.includes(field), `${kind} ${part}`).toBe(
          kindFacts[kind].parts[part as keyof typeof fields]
        )
    }
    expect((await visit(form(s.surveyId, '/questions/new?kind=matrix'), admin)).status).toBe(404)
  })

  it('publishes no new version for a draft that changes nothing', async () => {
    const s = await installPulseCopy('builder-unchanged')
    await post(form(s.surveyId, '/questions/trust/move'), [['direction', 'down']], cookie(admin))
    await post(form(s.surveyId, '/questions/trust/move'), [['direction', 'up']], cookie(admin))
    expect((await stored(s.surveyId)).draft).not.toBeNull()
    expect((await post(form(s.surveyId, '/publish'), [], cookie(admin))).status).toBe(303)
    expect(await stored(s.surveyId)).toEqual({ draft: null, versions: 1 })
  })

  it('shows an invalid question again with 422, a summary, errors by the fields and all typed', async () => {
    const s = await installPulseCopy('builder-invalid')
    const before = await stored(s.surveyId)
    const res = await post(
      form(s.surveyId, '/questions/trust'),
      trustFields({ label_de: '', label_en: 'Kept English', id: 'Trust Me', low_en: '' }),
      cookie(admin)
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Es gibt ein Problem')
    expect(html).toContain('<a href="#label_de">Geben Sie den Fragetext')
    expect(html).toContain('<a href="#id">Geben Sie eine Kennung')
    expect(html).toContain('<a href="#low_en">Beschriften Sie beide Enden')
    expect(html).toContain('id="label_de-error"')
    expect(html).toContain('value="Kept English"')
    expect(html).toContain('value="Trust Me"')
    expect(await stored(s.surveyId)).toEqual(before)
  })

  it('refuses a move that would put a condition before its question, with 422', async () => {
    const s = await installPulseCopy('builder-order')
    await post(
      form(s.surveyId, '/questions'),
      [
        ['kind', 'short_text'],
        ['section', '0'],
        ['id', 'warum'],
        ['label_de', 'Warum?'],
        ['label_en', 'Why?'],
        ['maxLength', '200'],
        ['showIf', 'resources:1'],
        ['showIf', 'resources:2'],
      ],
      cookie(admin)
    )
    const draft = (await stored(s.surveyId)).draft!
    expect(draft.sections[0].questions.at(-1)?.showIf).toEqual({
      question: 'resources',
      in: ['1', '2'],
    })
    const res = await post(
      form(s.surveyId, '/questions/warum/move'),
      [['direction', 'up']],
      cookie(admin)
    )
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Frage „Warum?“:')
    expect((await stored(s.surveyId)).draft).toEqual(draft)
  })

  it('publishes the draft as a new version while the open wave keeps answering its own', async () => {
    const s = await installPulseCopy('builder-publish')
    await post(
      form(s.surveyId, '/questions/trust'),
      trustFields({ label_de: 'Fassung zwei spricht' }),
      cookie(admin)
    )
    const editor = await (await visit(form(s.surveyId), admin)).text()
    expect(editor).toContain('Eine neue Fassung gilt ab der nächsten Runde')
    expect(editor).toContain('beantwortet Fassung 1')
    const res = await post(form(s.surveyId, '/publish'), [], cookie(admin))
    expect(res.status).toBe(303)
    expect(await stored(s.surveyId)).toMatchObject({ draft: null, versions: 2 })
    const current = await env.DB.prepare('SELECT current_version FROM surveys WHERE id = ?1')
      .bind(s.surveyId)
      .first<number>('current_version')
    expect(current).toBe(2)

    const open = await (await request(`/s/${s.slug}`)).text()
    expect(open).toContain('In der Arbeitsgruppe kann ich offen')
    expect(open).not.toContain('Fassung zwei spricht')

    await env.DB.prepare("UPDATE waves SET status = 'closed' WHERE id = ?1").bind(s.waveId).run()
    await openWave(env.DB, {
      id: 'wave-builder-publish-2',
      surveyId: s.surveyId,
      label: 'Zwei',
      mode: 'open',
      opensOn: null,
      closesOn: null,
    })
    expect(await (await request(`/s/${s.slug}`)).text()).toContain('Fassung zwei spricht')
  })

  it('previews the draft as participants see it in both languages and stores nothing sent', async () => {
    const s = await installPulseCopy('builder-preview')
    await post(
      form(s.surveyId, '/questions/trust'),
      trustFields({ label_de: 'Nur im Entwurf', label_en: 'Only in the draft' }),
      cookie(admin)
    )
    const de = await (await visit(form(s.surveyId, '/preview'), admin)).text()
    expect(de).toContain('<html lang="de"')
    expect(de).toContain('Nur im Entwurf')
    expect(de).toContain('Vorschau')
    expect(de).toContain('name="trust"')
    const en = await (await visit(form(s.surveyId, '/preview?lang=en'), admin)).text()
    expect(en).toContain('<html lang="en"')
    expect(en).toContain('Only in the draft')

    const sent = await post(form(s.surveyId, '/preview?lang=de'), [['trust', '4']], cookie(admin))
    expect(sent.status).toBe(422)
    expect(await sent.text()).toContain('value="4" checked')
    expect(await writtenFor(s.waveId)).toEqual(NOTHING_WRITTEN)
  })

  it('exports the current version and imports a definition, refusing bad JSON with nothing written', async () => {
    const s = await installPulseCopy('builder-json')
    const exported = await visit(form(s.surveyId, '/current.json'), researcher)
    expect(exported.headers.get('content-disposition')).toContain('attachment')
    const definition = (await exported.json()) as FormDefinition
    expect(definition.slug).toBe('builder-json')

    const bad = await post(
      form(s.surveyId, '/import'),
      [['definition', '{"slug": ']],
      cookie(admin)
    )
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('kein gültiges JSON')
    const empty = await post(form(s.surveyId, '/import'), [['definition', ' ']], cookie(admin))
    expect(empty.status).toBe(422)
    expect((await stored(s.surveyId)).draft).toBeNull()

    const invalid = await post(
      form(s.surveyId, '/import'),
      [['definition', JSON.stringify({ ...definition, sections: [] })]],
      cookie(admin)
    )
    expect(invalid.status).toBe(422)
    expect(await invalid.text()).toContain('sections')
    const otherSlug = await post(
      form(s.surveyId, '/import'),
      [['definition', JSON.stringify({ ...definition, slug: 'anders' })]],
      cookie(admin)
    )
    expect(otherSlug.status).toBe(422)
    expect((await stored(s.surveyId)).draft).toBeNull()

    const changed = { ...definition, title: { de: 'Importiert', en: 'Imported' } }
    const ok = await post(
      form(s.surveyId, '/import'),
      [['definition', JSON.stringify(changed)]],
      cookie(admin)
    )
    expect(ok.status).toBe(303)
    expect((await stored(s.surveyId)).draft?.title.de).toBe('Importiert')
    const draft = await visit(form(s.surveyId, '/draft.json'), admin)
    expect(((await draft.json()) as FormDefinition).title.en).toBe('Imported')
  })

  it('speaks German by default and English with ?lang=en', async () => {
    const s = await installPulseCopy('builder-lang')
    const de = await (await visit(form(s.surveyId), admin)).text()
    expect(de).toContain('Frage hinzufügen')
    const en = await (await visit(form(s.surveyId, '?lang=en'), admin)).text()
    expect(en).toContain('Add a question')
    expect(en).toContain('<html lang="en"')
    expect(en).not.toContain('Frage hinzufügen')
  })
})
