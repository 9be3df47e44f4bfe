import fc from 'fast-check'
import demoPuls from '../../forms/shipped/demo-puls.v1.json'
import { hostileText } from './fuzz-helpers.ts'

type Node = Record<string, unknown> | unknown[]

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** Every text a person reads (titles, labels, hints, options) replaced by hostile text. */
export function withTexts(node: unknown, texts: string[], at = { i: 0 }): unknown {
  if (!isNode(node)) return node
  if (Array.isArray(node)) return node.map((child) => withTexts(child, texts, at))
  if (typeof node.de === 'string' && typeof node.en === 'string')
    return { de: texts[at.i++ % texts.length] || 'x', en: texts[at.i++ % texts.length] || 'x' }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withTexts(v, texts, at)]))
}

/** One change somewhere in the tree: a value replaced, a key removed or a key added. */
const mutation = fc.record({
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  action: fc.constantFrom('replace', 'replace', 'delete', 'add'),
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'kind', 'id'),
    fc.string({ maxLength: 8 })
  ),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText),
})

function mutate(tree: unknown, m: typeof mutation extends fc.Arbitrary<infer T> ? T : never) {
  let node = tree as Node
  for (const [depth, step] of m.steps.entries()) {
    const keys = Object.keys(node)
    if (!keys.length) break
    const key = keys[step % keys.length] as keyof Node
    const child = node[key]
    if (isNode(child) && depth < m.steps.length - 1) {
      node = child
      continue
    }
    if (m.action === 'replace') (node as Record<string, unknown>)[key] = m.value
    else if (m.action === 'delete') delete (node as Record<string, unknown>)[key]
    break
  }
  if (m.action === 'add' && !Array.isArray(node))
    Object.defineProperty(node, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  return tree
}

/** A copy of each tree `base` draws, with zero to three changes anywhere in it. */
export const mutatedTree = (base: fc.Arbitrary<unknown>) =>
  fc
    .tuple(base, fc.array(mutation, { maxLength: 3 }))
    .map(([tree, mutations]) => mutations.reduce(mutate, structuredClone(tree)))

/**
 * The shipped pulse with hostile texts in every place a person reads, and zero to three
 * changes anywhere in its tree: mostly near-valid definitions, so both paths are exercised.
 */
export const mutatedDefinition = mutatedTree(
  fc
    .option(fc.array(hostileText, { minLength: 1, maxLength: 8 }), { nil: undefined })
    .map((texts) => (texts ? withTexts(demoPuls, texts) : demoPuls))
)
