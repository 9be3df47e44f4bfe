import { useFormat } from './format.ts'

/** The GOV.UK error summary: announced, each entry a link to its field. */
export function ErrorSummary(props: { title: string; items: { href: string; text: string }[] }) {
  if (!props.items.length) return null
  return (
    <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
      <h2 id='error-summary-title'>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The message beside a field, if it has one, introduced for screen readers as an error. */
export function FieldError({ id, text }: { id: string; text?: string }) {
  const { t } = useFormat()
  if (!text) return null
  return (
    <p class='error-message' id={id}>
      <span class='visually-hidden'>{t.errorPrefix}</span> {text}
    </p>
  )
}
