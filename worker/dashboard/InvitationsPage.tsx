import { ministries, type Ministry } from '../../analysis/ministries.ts'
import { MAX_INVITATIONS_PER_MINISTRY } from '../api/schemas.ts'
import type { InvitationAddition } from '../db/invitations.ts'
import type { MinistryParticipation } from '../db/participation.ts'
import { Invited, Log } from './InvitationRecord.tsx'
import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import type { NotInvitable } from '../invitations.ts'
import { ErrorSummary, FieldError, Radios, TextField, type FormProblem } from './fields.tsx'
import { useFormat } from './format.ts'
import {
  countField,
  LINK_FORMATS,
  type InvitationFormErrors,
  type InvitationFormInput,
} from './invitation-form.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import { surveyPath, useSurveyCrumbs } from './WavesPage.tsx'

export interface InvitationsPageData {
  survey: SurveySummary
  wave: Wave | NotInvitable
  /** Invitations per ministry of the open invitation wave. */
  invited: MinistryParticipation[]
  log: InvitationAddition[]
}

/** A ministry as the dashboard names it: "BMI – Bundesministerium des Innern". */
export function useMinistryName() {
  const { lang } = usePage()
  return (m: Ministry) => `${m.abbr} – ${lang === 'de' ? m.name : m.nameEn}`
}

/**
 * The invitation links of a survey's open wave: admins create them per ministry; everyone
 * who reads sees how many were created, by whom and when.
 */
export function InvitationsPage(props: {
  data: InvitationsPageData
  typed?: InvitationFormInput
  errors?: InvitationFormErrors
  signOut: boolean
}) {
  const { survey, wave } = props.data
  const f = useFormat()
  const s = f.t.invitations
  const { lang, role } = usePage()
  const ministryName = useMinistryName()
  const title = s.title(survey.title[lang])
  const errors = props.errors
  const problems: FormProblem[] = errors
    ? [
        ...errors.counts.map((abbr) => ({
          field: countField(abbr),
          text: s.errors.count(abbr, MAX_INVITATIONS_PER_MINISTRY),
        })),
        ...(errors.none ? [{ field: countField(ministries[0].abbr), text: s.errors.none }] : []),
        ...(errors.format ? [{ field: 'format', text: s.errors.format }] : []),
      ]
    : []
  return (
    <DashboardLayout
      title={problems.length ? s.errorTitle(survey.title[lang]) : title}
      signOut={props.signOut}
      crumbs={useSurveyCrumbs(survey, title, surveyPath(survey.id, 'invitations'))}
    >
      <h1>{title}</h1>
      <ErrorSummary title={s.problem} problems={problems} />
      {typeof wave === 'string' ? (
        <p>{s[wave]}</p>
      ) : (
        <>
          <p>
            {s.forWave(wave.label)}{' '}
            {s.timing(wave.opensOn && wave.opensOn > today() ? f.date(wave.opensOn) : null)}
          </p>
          {role === 'admin' ? (
            <InvitationForm
              surveyId={survey.id}
              typed={props.typed ?? { format: 'show' }}
              errors={errors}
              ministryName={ministryName}
            />
          ) : null}
          <Invited invited={props.data.invited} />
        </>
      )}
      <Log log={props.data.log} />
    </DashboardLayout>
  )
}

const today = () => new Date().toISOString().slice(0, 10)

function InvitationForm(props: {
  surveyId: string
  typed: InvitationFormInput
  errors?: InvitationFormErrors
  ministryName: (m: Ministry) => string
}) {
  const s = useFormat().t.invitations
  const link = useLink()
  const { typed, errors } = props
  return (
    <section aria-labelledby='create-heading'>
      <h2 id='create-heading'>{s.create}</h2>
      <form method='post' action={link(surveyPath(props.surveyId, 'invitations'))} novalidate>
        <div class={errors?.none ? 'field field-error' : 'field'}>
          <fieldset aria-describedby={errors?.none ? 'counts-hint counts-error' : 'counts-hint'}>
            <legend>{s.countsLegend}</legend>
            <p class='hint' id='counts-hint'>
              {s.countsHint(MAX_INVITATIONS_PER_MINISTRY)}
            </p>
            <FieldError id='counts-error' text={errors?.none ? s.errors.none : undefined} />
            {ministries.map((m) => (
              <TextField
                name={countField(m.abbr)}
                label={props.ministryName(m)}
                value={typed[countField(m.abbr)] ?? ''}
                inputmode='numeric'
                class='count-field'
                error={
                  errors?.counts.includes(m.abbr)
                    ? s.errors.count(m.abbr, MAX_INVITATIONS_PER_MINISTRY)
                    : undefined
                }
              />
            ))}
          </fieldset>
        </div>
        <p class='warning'>{s.formatHint}</p>
        <Radios
          name='format'
          legend={s.format}
          checked={typed.format ?? 'show'}
          error={errors?.format ? s.errors.format : undefined}
          choices={LINK_FORMATS.map((format) => ({ value: format, label: s.formats[format] }))}
        />
        <button class='button' type='submit'>
          {s.submit}
        </button>
      </form>
    </section>
  )
}
