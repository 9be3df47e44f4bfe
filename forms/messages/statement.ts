/**
 * The accessibility statement (Erklärung zur Barrierefreiheit) after BITV 2.0 § 7. Soft
 * hyphens (\u00ad) let the longest compounds break with a hyphen on a 320 px screen.
 */
export const statement = {
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    scope:
      'Diese Erklärung gilt für die Befragungsseiten von Lernraum. Wir möchten, dass alle Beschäftigten der Bundesverwaltung an unseren Befragungen teilnehmen können – mit und ohne JavaScript, mit Tastatur, Screenreader oder Vergrößerung.',
    statusTitle: 'Stand der Vereinbarkeit mit den Anforderungen',
    status:
      'Die Befragungsseiten sind mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der WCAG 2.2 auf Stufe AA vereinbar. Jede Seite wird bei jeder Änderung automatisch mit axe-core geprüft und per Tastatur durchlaufen.',
    gapsTitle: 'Nicht barrierefreie Inhalte',
    gaps: [
      'Uns sind derzeit keine nicht barrierefreien Inhalte bekannt.',
      'Die Seiten liegen in Deutsch und Englisch vor, nicht in Leichter Sprache oder Gebärdensprache.',
    ],
    preparedTitle: 'Erstellung dieser Erklärung',
    prepared:
      'Diese Erklärung beruht auf einer Selbstbewertung mit automatisierten Prüfungen (axe-core, WCAG 2.2 A und AA) und Tests per Tastatur und bei 320 Pixel Breite.',
    feedbackTitle: 'Feedback und Kontakt',
    feedback:
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns – wir antworten innerhalb von zwei Wochen.',
    enforcementTitle: 'Schlichtungsverfahren',
    enforcement:
      'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie bei der Schlichtungsstelle nach §\u00a016 Behinderten\u00adgleichstellungs\u00adgesetz (BGG) ein Schlichtungsverfahren einleiten.',
  },
  en: {
    title: 'Accessibility statement',
    scope:
      'This statement covers the survey pages of Lernraum. We want every member of staff of the federal administration to be able to take part – with or without JavaScript, by keyboard, screen reader or magnification.',
    statusTitle: 'Compliance status',
    status:
      'The survey pages comply with the German accessibility regulation (BITV 2.0) and WCAG 2.2 level AA. Every page is checked automatically with axe-core and walked through by keyboard on every change.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'We currently know of no content that is not accessible.',
      'The pages are available in German and English, not in Easy Language or sign language.',
    ],
    preparedTitle: 'Preparation of this statement',
    prepared:
      'This statement is based on a self-assessment with automated checks (axe-core, WCAG 2.2 A and AA) and tests by keyboard and at 320 pixels width.',
    feedbackTitle: 'Feedback and contact',
    feedback: 'Have you found a barrier? Write to us – we answer within two weeks.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you do not receive a satisfactory answer, you can ask the conciliation body under §\u00a016 of the German Disability Equality Act (BGG) to start a conciliation procedure.',
  },
}
