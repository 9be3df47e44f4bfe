import type { SurveySummary } from '../db/surveys.ts'
import type { Wave } from '../db/waves.ts'
import type { MinistryLinks } from '../invitations.ts'
import { useFormat } from './format.ts'
import { DashboardLayout } from './Layout.tsx'
import { useLink, usePage } from './messages/index.ts'
import { surveyPath } from './WavesPage.tsx'

interface CreatedLinks {
  survey: SurveySummary
  wave: Wave
  links: MinistryLinks[]
  signOut: boolean
}

const total = (links: MinistryLinks[]) => links.reduce((n, b) => n + b.links.length, 0)

/**
 * New invitation links, shown this once: only their hashes are stored, so this page is their
 * only copy and must never be cached or reached again by a redirect.
 */
export function CreatedLinksPage(props: CreatedLinks) {
  const s = useFormat().t.invitations
  const link = useLink()
  return (
    <DashboardLayout title={s.createdTitle} signOut={props.signOut}>
      <h1>{s.createdTitle}</h1>
      <p>{s.createdLead(total(props.links), props.wave.label)}</p>
      <p class='warning' role='alert'>
        {s.warning}
      </p>
      {props.links.map((b) => (
        <section aria-labelledby={`links-${b.ministry}`}>
          <h2 id={`links-${b.ministry}`}>{s.linksOf(b.ministry, b.links.length)}</h2>
          <ul class='invitation-links'>
            {b.links.map((l) => (
              <li>
                <code>{l}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <a href={link(surveyPath(props.survey.id, 'invitations'))}>{s.toInvitations}</a>
    </DashboardLayout>
  )
}

/** The same links as cards to print and hand out, one per person; nothing else is printed. */
export function PrintableLinksPage(props: CreatedLinks) {
  const s = useFormat().t.invitations
  const { lang } = usePage()
  const link = useLink()
  return (
    <DashboardLayout title={s.printTitle} signOut={props.signOut}>
      <h1 class='no-print'>{s.printTitle}</h1>
      <div class='no-print'>
        <p>{s.createdLead(total(props.links), props.wave.label)}</p>
        <p class='warning' role='alert'>
          {s.warning}
        </p>
        <p>{s.printHint}</p>
        <a href={link(surveyPath(props.survey.id, 'invitations'))}>{s.toInvitations}</a>
      </div>
      {props.links.flatMap((b) =>
        b.links.map((l) => (
          <section
            class='invitation-card'
            aria-label={`${s.card(props.survey.title[lang])} (${b.ministry})`}
          >
            <p>
              <strong>{s.card(props.survey.title[lang])}</strong>
            </p>
            <p>
              {s.ministry}: {b.ministry}
            </p>
            <p>
              <code>{l}</code>
            </p>
            <p>{s.cardNote}</p>
          </section>
        ))
      )}
    </DashboardLayout>
  )
}
