import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import { ErrorSummary, Radios, TextField } from './fields.tsx'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import type { WaveFormErrors, WaveFormInput } from './wave-form.ts'
import { surveyPath, useSurveyCrumbs } from './WavesPage.tsx'

const FIELDS: (keyof WaveFormInput)[] = ['label', 'mode', 'opensOn', 'closesOn']

/**
 * The form that opens a wave, blank or filled in with the last wave's settings ("Nächste
 * Runde"), and again with its mistakes and everything typed.
 */
export function OpenWavePage(props: {
  survey: SurveySummary
  typed: WaveFormInput
  next?: boolean
  errors?: WaveFormErrors
  /** Another wave is open: nothing is wrong with a field, the survey refuses a second. */
  alreadyOpen?: boolean
  signOut: boolean
}) {
  const { survey, typed } = props
  const s = useFormat().t.waves
  const { lang } = usePage()
  const link = useLink()
  const errors = props.errors ?? {}
  const text = (field: keyof WaveFormInput) => errors[field] && s.errors[errors[field]]
  const problems = [
    ...FIELDS.flatMap((field) => (errors[field] ? [{ field, text: s.errors[errors[field]] }] : [])),
    ...(props.alreadyOpen ? [{ field: 'label', text: s.errors.alreadyOpen }] : []),
  ]
  const heading = props.next ? s.nextTitle : s.openTitle
  const here = surveyPath(survey.id, props.next ? 'waves/next' : 'waves/new')
  return (
    <DashboardLayout
      title={
        problems.length ? s.errorTitle(survey.title[lang]) : `${survey.title[lang]}: ${heading}`
      }
      signOut={props.signOut}
      crumbs={useSurveyCrumbs(survey, heading, here)}
    >
      <h1>{heading}</h1>
      <ErrorSummary title={s.problem} problems={problems} />
      <p>{s.versionNote(survey.version)}</p>
      {props.next ? <p>{s.nextHint}</p> : null}
      <form method='post' action={link(surveyPath(survey.id, 'waves'))} novalidate>
        <TextField
          name='label'
          label={s.label}
          hint={s.labelHint}
          value={typed.label}
          error={text('label')}
        />
        <Radios
          name='mode'
          legend={s.modeLegend}
          checked={typed.mode}
          error={text('mode')}
          choices={(['invitations', 'open'] as const).map((m) => ({
            value: m,
            label: s.modes[m],
            hint: s.modeHints[m],
          }))}
        />
        <TextField
          name='opensOn'
          label={s.opensOn}
          hint={`${s.opensOnHint} ${s.dateFormat}`}
          value={typed.opensOn}
          error={text('opensOn')}
        />
        <TextField
          name='closesOn'
          label={s.closesOn}
          hint={`${s.closesOnHint} ${s.dateFormat}`}
          value={typed.closesOn}
          error={text('closesOn')}
        />
        <div class='actions'>
          <button class='button' type='submit'>
            {s.submit}
          </button>
          <a href={link(surveyPath(survey.id, 'waves'))}>{s.cancel}</a>
        </div>
      </form>
    </DashboardLayout>
  )
}

/** Asks before closing: a link alone never changes anything, the button's post does. */
export function CloseWavePage(props: { survey: SurveySummary; wave: Wave; signOut: boolean }) {
  const { survey, wave } = props
  const s = useFormat().t.waves
  const link = useLink()
  const action = surveyPath(survey.id, `waves/${encodeURIComponent(wave.id)}/close`)
  return (
    <DashboardLayout
      title={s.closeTitle}
      signOut={props.signOut}
      crumbs={useSurveyCrumbs(survey, s.closeTitle, action)}
    >
      <h1>{s.closeTitle}</h1>
      <p>{s.closeQuestion(wave.label)}</p>
      <p>{s.closeConsequence}</p>
      <form method='post' action={link(action)}>
        <div class='actions'>
          <button class='button' type='submit' name='confirm' value='yes'>
            {s.closeConfirm}
          </button>
          <a href={link(surveyPath(survey.id, 'waves'))}>{s.cancel}</a>
        </div>
      </form>
    </DashboardLayout>
  )
}
