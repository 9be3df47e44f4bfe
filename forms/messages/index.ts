import { de, type Messages } from './de.ts'
import { en } from './en.ts'

export type Lang = 'de' | 'en'
export type { Messages }

const catalogue: Record<Lang, Messages> = { de, en }

export const messagesFor = (lang: Lang): Messages => catalogue[lang]

/**
 * German unless the person asked for English, by `?lang=en` or by preferring English over
 * German in Accept-Language.
 */
export function chooseLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'de') return query
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((l) => l.tag === 'de' || l.tag === 'en')
    .sort((a, b) => b.q - a.q)
  return ranked[0]?.tag === 'en' ? 'en' : 'de'
}
