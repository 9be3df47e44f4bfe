/** Every word a participant reads, in German (the default language). */
export const de = {
  lang: 'de',
  skipLink: 'Zum Inhalt springen',
  siteName: 'Lernraum',
  languageSwitch: 'English',
  required: 'Pflichtfrage',
  optional: 'optional',
  submit: 'Antworten absenden',
  errorSummaryTitle: 'Es gibt ein Problem',
  errorTitlePrefix: 'Fehler: ',
  errorSummaryLink: (question: string, error: string) => `„${question}“: ${error}`,
  errorPrefix: 'Fehler:',
  noAnswer: 'keine Angabe',
  scaleEnds: (low: string, high: string) => `0 = ${low}, 10 = ${high}`,
  likertEnds: (low: string, high: string) => `1 = ${low}, 5 = ${high}`,
  shownIf: (question: string, values: string) =>
    `Nur beantworten, wenn Sie bei „${question}“ ${values} gewählt haben.`,
  or: 'oder',
  quote: (text: string) => `„${text}“`,
  charactersAllowed: (max: number) => `Höchstens ${max} Zeichen.`,
  choose: (min?: number, max?: number) =>
    min && max
      ? `Wählen Sie ${min} bis ${max} Antworten.`
      : min
        ? `Wählen Sie mindestens ${min}.`
        : max
          ? `Wählen Sie höchstens ${max}.`
          : 'Wählen Sie alle zutreffenden Antworten.',
  errors: {
    required: 'Bitte beantworten Sie diese Frage.',
    choice: 'Bitte wählen Sie eine der angebotenen Antworten.',
    tooLong: (max: number) => `Die Antwort darf höchstens ${max} Zeichen lang sein.`,
    tooFew: (min: number) => `Bitte wählen Sie mindestens ${min} Antworten.`,
    tooMany: (max: number) => `Bitte wählen Sie höchstens ${max} Antworten.`,
    controlCharacters: 'Die Antwort enthält Steuerzeichen, die nicht gespeichert werden können.',
  },
  notice: {
    title: 'Was wir speichern',
    kept: 'Wir speichern nur Ihre Antworten, die Befragung und die Befragungsrunde.',
    neverKept:
      'Wir speichern nie Ihren Namen, Ihr Ministerium, Ihre IP-Adresse, Ihren Browser, Cookies oder den Zeitpunkt Ihrer Antwort. Einladungslinks werden nur als nicht umkehrbarer Hash gespeichert und sind von den Antworten getrennt.',
    whoSees: (k: number, kQuotes: number) =>
      `Das Projektteam sieht nur zusammengefasste Ergebnisse von mindestens ${k} Antworten. Zitate aus Freitexten erscheinen erst ab ${kQuotes} Antworten und ohne Namen von Personen, Ministerien oder Behörden.`,
    sealed: (k: number) =>
      `Ihre Antworten werden zuerst verschlüsselt abgelegt und nur in Gruppen von mindestens ${k} Antworten, in zufälliger Reihenfolge, lesbar gemacht. Darum erscheinen bis zu ${2 * k - 1} der neuesten Antworten erst später in den Ergebnissen, und Zahlen ändern sich erst, wenn mindestens ${k} weitere Antworten dazugekommen sind.`,
    chathamHouse:
      'Es gilt die Chatham-House-Regel: Was Sie sagen, darf verwendet werden, aber nie, wer es gesagt hat.',
    noLookup:
      'Weil niemand Ihre Antworten Ihnen zuordnen kann, können wir sie Ihnen später auch nicht zeigen, ändern oder einzeln löschen. Sie werden mit ihrer Befragungsrunde gelöscht.',
    openLink:
      'Diese Befragungsrunde läuft über einen offenen Link statt über persönliche Einladungen. Das schützt weniger: Niemand kann prüfen, wer antwortet und wie oft, und wer selbst viele Antworten abgibt, kann kleine Gruppen leichter eingrenzen. Ergebnisse erscheinen darum erst nach dem Ende der Runde.',
  },
  interview: {
    submit: 'Notizen speichern',
    notice: {
      title: 'Hinweise für Sie als interviewende Person',
      chathamHouse:
        'Sagen Sie der befragten Person zu Beginn, dass die Chatham-House-Regel gilt: Was sie sagt, darf verwendet werden, aber nie, wer es gesagt hat.',
      write:
        'Notieren Sie Aussagen sinngemäß, ohne Namen, Funktionen, Referate oder Ressorts, die auf die befragte Person schließen lassen.',
      kept: 'Gespeichert werden nur diese Notizen, ohne Bezug zu Ihnen, zur befragten Person, zu einem Ressort oder zum Zeitpunkt des Gesprächs.',
      sealed: (k: number) =>
        `Die Notizen werden verschlüsselt abgelegt und erst in Gruppen von mindestens ${k} Gesprächen lesbar; Freitexte werden denselben Themen zugeordnet wie die Antworten der Pulsbefragung.`,
      whoSees: (k: number, kQuotes: number) =>
        `Das Projektteam sieht nur Ergebnisse von mindestens ${k} Gesprächen und Zitate erst ab ${kQuotes}, geschwärzt um Namen von Personen, Ministerien und Behörden.`,
    },
    thanks: {
      title: 'Notizen gespeichert',
      body: 'Die Notizen sind versiegelt gespeichert. Sie können dieses Fenster schließen; für das nächste Gespräch öffnen Sie den Leitfaden erneut.',
    },
  },
  accessibilityLink: 'Erklärung zur Barrierefreiheit',
  date: (iso: string) =>
    new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`)
    ),
  about: {
    askedBy: (organiser: string) => `Diese Befragung führt durch: ${organiser}`,
    contact: 'Kontakt',
    privacy: 'Datenschutzerklärung',
    imprint: 'Impressum',
  },
  thanks: {
    title: 'Vielen Dank für Ihre Antworten',
    body: 'Ihre Antworten sind gespeichert. Sie können dieses Fenster jetzt schließen.',
    nextTitle: 'Wie es weitergeht',
    sealed: (k: number) =>
      `Ihre Antworten liegen verschlüsselt und versiegelt bereit. Lesbar werden sie erst zusammen mit anderen, in einer Gruppe von mindestens ${k} Antworten und in zufälliger Reihenfolge.`,
    reports: (k: number, kQuotes: number) =>
      `Berichte zeigen keine Gruppe, die kleiner als ${k} Antworten ist, und Zitate aus Freitexten erst ab ${kQuotes} Antworten.`,
    closesOn: (date: string, k: number) =>
      `Die Befragungsrunde endet am ${date}. Dann werden die noch versiegelten Antworten lesbar gemacht, wenn es mindestens ${k} sind – sonst nie.`,
    closesLater: (k: number) =>
      `Wenn die Befragungsrunde endet, werden die noch versiegelten Antworten lesbar gemacht, wenn es mindestens ${k} sind – sonst nie.`,
  },
  already: {
    title: 'Diese Antworten liegen uns bereits vor',
    body: 'Über diesen Link wurde schon geantwortet. Eine zweite Antwort wird nicht gespeichert.',
  },
  invalidLink: {
    title: 'Dieser Link ist nicht gültig',
    body: 'Bitte prüfen Sie, ob Sie den Link vollständig kopiert haben, oder fragen Sie das Projektteam nach einem neuen Link.',
  },
  closed: {
    title: 'Diese Befragung ist geschlossen',
    body: 'Zurzeit läuft keine Befragungsrunde. Vielen Dank für Ihr Interesse.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Diese Adresse gibt es nicht. Bitte prüfen Sie den Link.',
  },
  retry: {
    title: 'Ihre Antworten konnten nicht gespeichert werden',
    body: 'Es gab ein vorübergehendes Problem beim Speichern. Ihre Antworten sind unten noch eingetragen – bitte senden Sie das Formular in einem Moment erneut ab.',
  },
  failed: {
    title: 'Ihre Antworten konnten nicht gespeichert werden',
    body: 'Bei uns ist ein Fehler aufgetreten, den erneutes Senden gerade nicht behebt; wir wurden benachrichtigt. Ihre Antworten sind unten noch eingetragen. Bitte lassen Sie diese Seite offen oder kopieren Sie Ihre Texte, und senden Sie das Formular später noch einmal ab.',
  },
  expired: {
    title: 'Das Formular war zu lange geöffnet',
    body: 'Ihre Antworten wurden noch nicht gespeichert. Sie stehen unten noch im Formular – bitte senden Sie es jetzt erneut ab.',
  },
  preview: {
    title: 'Vorschau',
    body: 'So sehen Teilnehmende diese Fassung des Formulars. Was Sie hier eingeben oder senden, wird nicht gespeichert.',
  },
  rateLimited: {
    title: 'Bitte warten Sie einen Moment',
    body: 'Aus Ihrem Netzwerk wurden in der letzten Minute sehr viele Formulare gesendet. Ihre Antworten wurden noch nicht gespeichert. Sie stehen unten noch im Formular – bitte senden Sie es in einer Minute erneut ab.',
  },
  invitationOnly: {
    title: 'Diese Befragung beantworten Sie über Ihren persönlichen Link',
    body: 'In dieser Befragungsrunde werden Antworten nur über persönliche Einladungslinks angenommen, nicht über diese allgemeine Adresse. Bitte öffnen Sie den Link aus Ihrer Einladung. Wenn Sie keine erhalten haben, wenden Sie sich an das Projektteam.',
  },
  badRequest: {
    title: 'Die Anfrage konnte nicht verarbeitet werden',
    tooLarge: 'Die gesendeten Daten sind zu groß.',
    encoding: 'Die gesendeten Daten sind nicht korrekt kodiert.',
    contentType: 'Das Formular muss als normales Webformular gesendet werden.',
    unknownField: 'Das Formular enthält Felder, die es nicht gibt.',
    staleForm: 'Dieses Formular ist nicht mehr gültig. Bitte laden Sie die Seite neu.',
    forbidden: 'Das Formular wurde nicht von dieser Seite gesendet.',
    generic: 'Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
    back: 'Zurück zum Formular',
  },
  unavailable: {
    title: 'Vorübergehend nicht erreichbar',
    body: 'Unser Speicher ist kurz überlastet, es wurde nichts gespeichert. Bitte gehen Sie im Browser zurück – dort stehen Ihre Antworten noch im Formular – und senden Sie es in einer Minute erneut.',
  },
  serverError: {
    title: 'Ein Fehler ist aufgetreten',
    body: 'Bitte versuchen Sie es in einem Moment erneut.',
  },
}

export type Messages = typeof de
