import { js } from './enhance.ts'
import { css } from './styles.ts'

/** FNV-1a: a short content hash so the asset URLs can be cached for a year. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

export const assets = {
  css: { body: css, type: 'text/css; charset=utf-8', hash: contentHash(css) },
  js: { body: js, type: 'text/javascript; charset=utf-8', hash: contentHash(js) },
}

export const assetPath = (kind: keyof typeof assets) =>
  `/assets/lernraum.${assets[kind].hash}.${kind}`
