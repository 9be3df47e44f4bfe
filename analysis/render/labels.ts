import type { Coverage } from '../report.ts'
import type { Note } from '../suppression.ts'

/** The words of a report, in German (default for the project team) and English. */
export const reportLabels = {
  de: {
    subject: (title: string, period: string) => `Lernraum-Bericht: ${title} (${period})`,
    intro: (wave: string, date: string) => `Befragungsrunde „${wave}“, erstellt am ${date}.`,
    coverage: 'Beteiligung',
    coverageLine: (c: Coverage) =>
      `${c.completed} von ${c.invited} Einladungen beantwortet; ${c.ministriesAnswered} von ${c.ministriesInvited} Ressorts haben geantwortet.`,
    responses: 'Antworten',
    readiness: 'Bereitschaft nach Dimension',
    index: 'Bereitschaftsindex (0–100)',
    dimension: 'Dimension',
    mean: 'Mittelwert (1–5)',
    agreeing: 'Zustimmung',
    change: 'Veränderung',
    significant: 'signifikant',
    notSignificant: 'nicht signifikant',
    ci: '95-%-Konfidenzintervall',
    enablers: 'Erfolgsfaktoren',
    barriers: 'Hürden',
    theme: 'Thema',
    share: 'Anteil der Antworten',
    negated: 'davon verneint',
    quotes: 'Zitate (anonymisiert)',
    emerging: 'Neue Begriffe, die noch kein Thema abdeckt',
    suppressedAll: (k: number) =>
      `Weniger als ${k} Antworten: Zum Schutz der Teilnehmenden werden keine Zahlen gezeigt.`,
    footer: (codebook: string, k: number, kq: number) =>
      `Codebuch ${codebook}. Zahlen erst ab ${k} Antworten, Zitate erst ab ${kq} Antworten. Veränderungen zur Vorrunde: „signifikant“ nach Welch-t-Test (Mittelwerte, Index) bzw. z-Test für Anteile (Themen) auf dem Niveau von fünf Prozent, Holm-korrigiert über alle Veränderungen. Es gilt die Chatham-House-Regel.`,
    questions: 'Fragen',
    dimensions: {
      trust: 'Vertrauen',
      transparency: 'Transparenz',
      continuity: 'Kontinuität',
      resources: 'Ressourcen',
    } as Record<string, string>,
    columns: {
      section: 'Abschnitt',
      item: 'Eintrag',
      option: 'Antwortoption',
      n: 'n',
      value: 'Wert',
      sd: 'Standardabweichung',
      lower: 'Untergrenze 95 %',
      upper: 'Obergrenze 95 %',
      share: 'Anteil (0–1)',
      change: 'Veränderung Wert',
      changeShare: 'Veränderung Anteil',
      note: 'Hinweis',
    },
    none: '—',
  },
  en: {
    subject: (title: string, period: string) => `Lernraum report: ${title} (${period})`,
    intro: (wave: string, date: string) => `Survey round “${wave}”, built on ${date}.`,
    coverage: 'Participation',
    coverageLine: (c: Coverage) =>
      `${c.completed} of ${c.invited} invitations answered; ${c.ministriesAnswered} of ${c.ministriesInvited} ministries answered.`,
    responses: 'Responses',
    readiness: 'Readiness by dimension',
    index: 'Readiness index (0–100)',
    dimension: 'Dimension',
    mean: 'Mean (1–5)',
    agreeing: 'Agreeing',
    change: 'Change',
    significant: 'significant',
    notSignificant: 'not significant',
    ci: '95 % confidence interval',
    enablers: 'Success factors',
    barriers: 'Barriers',
    theme: 'Theme',
    share: 'Share of answers',
    negated: 'of which negated',
    quotes: 'Quotes (anonymised)',
    emerging: 'Emerging terms no theme covers yet',
    suppressedAll: (k: number) =>
      `Fewer than ${k} responses: no figures are shown, to protect participants.`,
    footer: (codebook: string, k: number, kq: number) =>
      `Codebook ${codebook}. Figures from ${k} responses, quotes from ${kq}. Changes against the previous round: “significant” by Welch's t-test (means, index) or the z-test for shares (themes) at the five per cent level, Holm-corrected over all changes. The Chatham House rule applies.`,
    questions: 'Questions',
    dimensions: {
      trust: 'Trust',
      transparency: 'Transparency',
      continuity: 'Continuity',
      resources: 'Resources',
    } as Record<string, string>,
    columns: {
      section: 'section',
      item: 'item',
      option: 'option',
      n: 'n',
      value: 'value',
      sd: 'sd',
      lower: 'lower 95 %',
      upper: 'upper 95 %',
      share: 'share (0–1)',
      change: 'change in value',
      changeShare: 'change in share',
      note: 'note',
    },
    none: '—',
  },
}

export type ReportLang = keyof typeof reportLabels

const nf = (lang: ReportLang, digits: number) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  })

export const num = (lang: ReportLang, x: number, digits = 2) => nf(lang, digits).format(x)
export const pct = (lang: ReportLang, share: number) => `${nf(lang, 0).format(share * 100)} %`
export const signed = (lang: ReportLang, x: number, digits = 2) =>
  (x > 0 ? '+' : '') + nf(lang, digits).format(x)
export const signedPts = (lang: ReportLang, share: number) =>
  `${share > 0 ? '+' : ''}${nf(lang, 0).format(share * 100)} ${lang === 'de' ? 'Pp.' : 'pts'}`

const noteWords: Record<ReportLang, Record<Note['reason'], (n: Note) => string>> = {
  de: {
    'fewer-than-k': (n) => `weniger als ${n.k}`,
    'previous-wave-fewer-than-k': (n) => `Vorrunde: weniger als ${n.k}`,
    'previous-wave-not-asked': () => 'Vorrunde: nicht gefragt',
    'hidden-until-closed': () => 'Zahlen einer laufenden Runde erscheinen erst nach ihrem Ende',
    carried: (n) =>
      `Stand: Freigabe ${n.release} (seitdem weniger als ${n.k} weitere Antworten auf diese Frage)`,
  },
  en: {
    'fewer-than-k': (n) => `fewer than ${n.k}`,
    'previous-wave-fewer-than-k': (n) => `previous wave: fewer than ${n.k}`,
    'previous-wave-not-asked': () => 'previous wave: not asked',
    'hidden-until-closed': () => 'counts of an open wave are hidden until it closes',
    carried: (n) =>
      `as of release ${n.release} (fewer than ${n.k} more answers to this question since)`,
  },
}

/** A note of analysis/suppression.ts in words of `lang`. */
export const noteText = (lang: ReportLang, note: Note) => noteWords[lang][note.reason](note)

/**
 * A readiness dimension by name. Forms name dimensions by id only; the shipped ones have
 * words here, and a form's own dimension shows as its id until forms carry its label.
 */
export const dimensionLabel = (lang: ReportLang, id: string) =>
  reportLabels[lang].dimensions[id] ?? id
