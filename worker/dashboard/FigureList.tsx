/** Figures as term and value; entries without a value are left out. */
export function FigureList({ items }: { items: [string, string | undefined][] }) {
  return (
    <dl class='figures'>
      {items
        .filter((item): item is [string, string] => item[1] !== undefined)
        .map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
    </dl>
  )
}
