/** GOV.UK's "There is a problem" box: each mistake a link to the field it belongs to. */
export function ErrorSummary(props: { title: string; errors: { field: string; text: string }[] }) {
  if (!props.errors.length) return null
  return (
    <div class='error-summary' role='alert' aria-labelledby='error-summary-title'>
      <h2 id='error-summary-title'>{props.title}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The message beside a field, with a hidden "Error:" for screen readers. */
export function FieldError(props: { id: string; prefix: string; text?: string }) {
  if (!props.text) return null
  return (
    <p class='error-message' id={props.id}>
      <span class='visually-hidden'>{props.prefix}</span> {props.text}
    </p>
  )
}
