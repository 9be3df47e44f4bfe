/**
 * The accessibility statement (Erklärung zur Barrierefreiheit) after BITV 2.0 § 7 and the
 * federal model statement. Soft hyphens (\u00ad) let the longest compounds break with a
 * hyphen on a 320 px screen.
 */

/** When the statement was prepared and last reviewed (YYYY-MM-DD); update on each review. */
export const STATEMENT_DATES = { prepared: '2026-12-02', reviewed: '2026-12-02' }

/** The conciliation body under § 16 BGG, which runs the enforcement procedure. */
export const SCHLICHTUNGSSTELLE_URL = 'https://www.schlichtungsstelle-bgg.de'

export const statement = {
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    scope:
      'Diese Erklärung gilt für die Befragungsseiten von Lernraum. Wir möchten, dass alle Beschäftigten der Bundesverwaltung an unseren Befragungen teilnehmen können – mit und ohne JavaScript, mit Tastatur, Screenreader oder Vergrößerung.',
    statusTitle: 'Stand der Vereinbarkeit mit den Anforderungen',
    status:
      'Die Befragungsseiten sind wegen der unten genannten Unvereinbarkeiten teilweise mit § 12a Behinderten\u00adgleichstellungs\u00adgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) vereinbar. Die Anforderungen der WCAG 2.2 auf Stufe AA erfüllen sie nach unseren Prüfungen.',
    gapsTitle: 'Nicht barrierefreie Inhalte',
    gaps: [
      'Es gibt keine Erläuterungen in Deutscher Gebärdensprache und in Leichter Sprache, wie § 4 BITV 2.0 sie verlangt. Die Seiten liegen in Deutsch und Englisch vor.',
      'Die Seiten wurden noch nicht von Menschen mit Behinderungen mit ihren Hilfsmitteln und noch nicht von einer unabhängigen Prüfstelle (BITV-Test) geprüft. Darüber hinaus sind uns keine Barrieren bekannt.',
    ],
    preparedTitle: 'Erstellung dieser Erklärung',
    prepared: (date: string) => `Diese Erklärung wurde am ${date} erstellt.`,
    method:
      'Sie beruht auf einer Selbstbewertung: Jede Seite wird bei jeder Änderung automatisch mit axe-core (WCAG 2.2 A und AA) und dem Nu Html Checker geprüft, per Tastatur und ohne JavaScript durchlaufen und bei 320 Pixel Breite dargestellt.',
    reviewed: (date: string) => `Die Erklärung wurde zuletzt am ${date} überprüft.`,
    feedbackTitle: 'Feedback und Kontakt',
    feedback:
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns – wir antworten innerhalb von zwei Wochen.',
    enforcementTitle: 'Schlichtungsverfahren',
    enforcement:
      'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie bei der Schlichtungsstelle nach §\u00a016 Behinderten\u00adgleichstellungs\u00adgesetz (BGG) ein Schlichtungsverfahren einleiten. Es ist kostenlos, und Sie brauchen keinen Rechtsbeistand.',
    enforcementLink: 'Schlichtungsstelle nach dem Behinderten\u00adgleichstellungs\u00adgesetz',
  },
  en: {
    title: 'Accessibility statement',
    scope:
      'This statement covers the survey pages of Lernraum. We want every member of staff of the federal administration to be able to take part – with or without JavaScript, by keyboard, screen reader or magnification.',
    statusTitle: 'Compliance status',
    status:
      'The survey pages are partially compliant with § 12a of the German Disability Equality Act (BGG) and the German accessibility regulation (BITV 2.0), because of the non-compliances listed below. By our checks they meet WCAG 2.2 level AA.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'There are no explanations in German Sign Language and in Easy Language, as § 4 BITV 2.0 requires. The pages are available in German and English.',
      'The pages have not yet been tested by people with disabilities using their assistive technology, nor by an independent testing body (BITV test). Beyond that we know of no barriers.',
    ],
    preparedTitle: 'Preparation of this statement',
    prepared: (date: string) => `This statement was prepared on ${date}.`,
    method:
      'It is based on a self-assessment: on every change each page is checked automatically with axe-core (WCAG 2.2 A and AA) and the Nu Html Checker, walked through by keyboard and without JavaScript, and shown at 320 pixels width.',
    reviewed: (date: string) => `The statement was last reviewed on ${date}.`,
    feedbackTitle: 'Feedback and contact',
    feedback: 'Have you found a barrier? Write to us – we answer within two weeks.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you do not receive a satisfactory answer, you can ask the conciliation body under §\u00a016 of the German Disability Equality Act (BGG) to start a conciliation procedure. It is free of charge, and you need no lawyer.',
    enforcementLink: 'Conciliation body under the German Disability Equality Act (in German)',
  },
}
