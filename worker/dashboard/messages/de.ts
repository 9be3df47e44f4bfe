import { wavesDe } from './waves.de.ts'

const n = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 })
const count = (x: number, one: string, many: string) => `${n.format(x)} ${x === 1 ? one : many}`
const page = (title: string, body: string): [title: string, body: string] => [title, body]

/** Every word of the researchers' dashboard, in German (the default language). */
export const de = {
  lang: 'de',
  locale: 'de-DE',
  otherLanguage: 'English',
  siteName: 'Lernraum-Auswertung',
  skipLink: 'Zum Inhalt springen',
  signOut: 'Abmelden',
  breadcrumb: 'Navigationspfad',
  apiReference: 'API-Referenz',
  accessibility: 'Erklärung zur Barrierefreiheit',
  responses: (x: number) => count(x, 'Antwort', 'Antworten'),
  interval: (low: string, high: string) => `${low} bis ${high}`,
  shareOf: (percent: string, base: string) => `${percent} von ${base}`,
  noChange: '–',
  significant: 'signifikant',
  notSignificant: 'nicht signifikant',
  errorPrefix: 'Fehler:',
  pages: {
    notFound: page('Nicht gefunden', 'Diese Befragung oder Befragungsrunde gibt es nicht.'),
    tooLarge: page('Zu groß', 'Das Formular ist zu groß.'),
    refusedOrigin: page(
      'Anfrage abgelehnt',
      'Das Formular wurde nicht von dieser Website gesendet und darum abgelehnt. Gehen Sie zurück und versuchen Sie es noch einmal.'
    ),
    unreadable: page(
      'Anfrage abgelehnt',
      'Das Formular konnte nicht gelesen werden. Gehen Sie zurück und versuchen Sie es noch einmal.'
    ),
    unavailable: page(
      'Vorübergehend nicht erreichbar',
      'Der Speicher ist kurz nicht erreichbar; es wurde nichts geändert. Bitte versuchen Sie es in einer Minute noch einmal.'
    ),
    accessUnavailable: page(
      'Vorübergehend nicht erreichbar',
      'Cloudflare Access war nicht erreichbar, um Ihre Anmeldung zu prüfen. Bitte versuchen Sie es in einer Minute noch einmal.'
    ),
    failed: page('Etwas ist schiefgegangen', 'Bitte versuchen Sie es gleich noch einmal.'),
    notAllowed: page(
      'Kein Zugriff',
      'Ihr Zugang hat keine Rolle für die Forschung. Bitten Sie die Administration von Lernraum um Zugang.'
    ),
    tokenNotFound: page(
      'Nicht gefunden',
      'Dieses API-Token gibt es nicht oder es ist schon widerrufen.'
    ),
    notClosed: page(
      'Runde läuft noch',
      'Nur beendete Runden können gelöscht werden. Beenden Sie die Runde zuerst.'
    ),
    waveStillOpen: page(
      'Runde läuft noch',
      'Solange eine Runde läuft, kann die Befragung nicht gelöscht werden. Es wurde nichts gelöscht.'
    ),
    reportNotFound: page('Nicht gefunden', 'Diesen Bericht gibt es nicht.'),
    tooMany: page(
      'Zu viele Versuche',
      'Zu viele fehlgeschlagene Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann noch einmal.'
    ),
  },
  nav: { label: 'Bereiche', surveys: 'Befragungen', reports: 'Berichte', tokens: 'API-Tokens' },
  allSurveys: 'Alle Befragungen',
  toTokens: 'Zu allen API-Tokens',
  toReports: 'Zu allen Berichten',
  backToSignIn: 'Zurück zur Anmeldung',
  signIn: {
    title: 'Anmelden',
    errorTitle: 'Fehler: Anmelden',
    heading: 'Bei der Lernraum-Auswertung anmelden',
    problem: 'Es gibt ein Problem',
    intro:
      'Hier sehen Sie die zusammengefassten, geschützten Ergebnisse jeder Befragung. Melden Sie sich mit einem API-Token für die Forschung oder die Administration an.',
    label: 'API-Token',
    hint: 'Es beginnt mit lr_. So erstellen Sie eines:',
    command: 'npm run lernraum -- token create --role researcher --label "Ihr Name"',
    errorPrefix: 'Fehler:',
    invalid: 'Das Token ist ungültig oder wurde widerrufen.',
    empty: 'Geben Sie Ihr API-Token ein.',
    submit: 'Anmelden',
    access: 'Wo Cloudflare Access diese Website schützt, sind Sie über Access bereits angemeldet.',
  },
  tokens: {
    title: 'API-Tokens',
    intro:
      'Mit einem API-Token melden sich Personen aus der Forschung oder der Administration hier und bei der API an. Gespeichert wird nur ein Prüfwert, nie das Token selbst.',
    caption: 'Alle API-Tokens',
    none: 'Es gibt noch keine API-Tokens.',
    label: 'Bezeichnung',
    labelHint: 'Wem oder wofür das Token gehört, zum Beispiel ein Name. Höchstens 80 Zeichen.',
    role: 'Rolle',
    roles: { researcher: 'Forschung (liest Ergebnisse)', admin: 'Administration (ändert auch)' },
    createdOn: 'Erstellt am',
    state: 'Zustand',
    active: 'gültig',
    revoked: 'widerrufen',
    revoke: 'Widerrufen',
    revokeLabel: (label: string) => `Token „${label}“ widerrufen`,
    create: 'Neues API-Token erstellen',
    submit: 'Token erstellen',
    errorTitle: 'Fehler: API-Tokens',
    problem: 'Es gibt ein Problem',
    errors: {
      labelEmpty: 'Geben Sie eine Bezeichnung ein.',
      labelLong: 'Die Bezeichnung darf höchstens 80 Zeichen lang sein.',
      role: 'Wählen Sie eine Rolle.',
    },
    createdTitle: 'API-Token erstellt',
    createdLead: (label: string) => `Das Token „${label}“ ist erstellt.`,
    warning:
      'Kopieren Sie das Token jetzt und bewahren Sie es sicher auf. Es wird nicht noch einmal angezeigt; wer es verliert, braucht ein neues.',
    yourToken: 'Ihr neues API-Token',
    toList: 'Zu allen API-Tokens',
    revokeTitle: 'API-Token widerrufen',
    revokeQuestion: (label: string) => `Wollen Sie das Token „${label}“ wirklich widerrufen?`,
    revokeConsequence:
      'Danach kann sich niemand mehr damit anmelden, und jede Anmeldung mit diesem Token endet sofort. Das lässt sich nicht rückgängig machen.',
    revokeConfirm: 'Ja, Token widerrufen',
    cancel: 'Abbrechen',
  },
  builder: {
    newSurvey: 'Neue Befragung',
    newIntro:
      'Eine neue Befragung beginnt mit einer Vorlage. Danach ändern Sie sie Frage für Frage; Teilnehmende sehen sie erst, wenn Sie eine Runde öffnen.',
    template: 'Vorlage',
    templates: {
      pulse: 'Kurzbefragung (Puls) mit sechs Fragen zur Zusammenarbeit',
      interview: 'Interviewleitfaden mit Notizfeldern',
      blank: 'Leer, mit einer offenen Frage',
    },
    surveyTitle: 'Titel',
    slug: 'Adresse der Befragung',
    slugHint:
      'Steht im Link /s/…: Kleinbuchstaben, Ziffern und Bindestriche, mindestens zwei Zeichen.',
    create: 'Befragung anlegen',
    german: 'Deutsch',
    english: 'Englisch',
    editForm: 'Formular bearbeiten',
    editTitle: (title: string) => `Formular: ${title}`,
    draftState: (version: number) => `Entwurf mit Änderungen gegenüber Fassung ${version}.`,
    noDraft: (version: number) => `Keine Änderungen: Das Formular entspricht Fassung ${version}.`,
    waveRule:
      'Eine Befragungsrunde beantwortet immer die Fassung, mit der sie geöffnet wurde. Eine neue Fassung gilt ab der nächsten Runde; eine laufende Runde bleibt bei ihrer.',
    openWave: (label: string, version: number) =>
      `Die laufende Runde „${label}“ beantwortet Fassung ${version}.`,
    questions: 'Fragen',
    kinds: {
      likert: 'Zustimmung (1–5)',
      single: 'Eine Antwort wählen',
      multiple: 'Mehrere Antworten wählen',
      short_text: 'Kurzer Text',
      long_text: 'Langer Text',
      scale: 'Skala (0–10)',
    },
    kind: 'Art der Frage',
    required: 'Pflichtfrage',
    optional: 'freiwillig',
    shownIf: (label: string) => `nur wenn „${label}“ passend beantwortet`,
    edit: 'Bearbeiten',
    editLabel: (label: string) => `„${label}“ bearbeiten`,
    moveUp: 'Nach oben',
    moveDown: 'Nach unten',
    moveUpLabel: (label: string) => `„${label}“ nach oben verschieben`,
    moveDownLabel: (label: string) => `„${label}“ nach unten verschieben`,
    remove: 'Entfernen',
    removeLabel: (label: string) => `„${label}“ entfernen`,
    addQuestion: 'Frage hinzufügen',
    addTo: 'In Abschnitt',
    next: 'Weiter',
    preview: 'Vorschau',
    previewDe: 'Vorschau auf Deutsch',
    previewEn: 'Vorschau auf Englisch',
    publish: 'Als neue Fassung speichern',
    publishHint:
      'Der Entwurf wird zur nächsten Fassung des Formulars. Eine laufende Runde beantwortet weiter ihre Fassung; die neue gilt ab der nächsten Runde.',
    discard: 'Entwurf verwerfen',
    exportImport: 'JSON für Fortgeschrittene',
    exportCurrent: (version: number) => `Fassung ${version} als JSON herunterladen`,
    exportDraft: 'Entwurf als JSON herunterladen',
    import: 'JSON importieren',
    importIntro:
      'Fügen Sie eine vollständige Formulardefinition ein. Sie wird geprüft und ersetzt den Entwurf; Adresse und Art der Befragung bleiben.',
    definition: 'Formulardefinition (JSON)',
    importSubmit: 'Als Entwurf übernehmen',
    importProblem: (path: string, message: string) => `${path || 'Definition'}: ${message}`,
    newQuestion: 'Neue Frage',
    editQuestion: 'Frage bearbeiten',
    id: 'Kennung',
    idHint: 'Kleinbuchstaben, Ziffern und _, beginnt mit einem Buchstaben. Sie steht in Exporten.',
    label: 'Fragetext',
    hint: 'Hinweis (freiwillig)',
    ends: { low: 'Beschriftung des niedrigsten Werts', high: 'Beschriftung des höchsten Werts' },
    noAnswer: '„Keine Angabe“ anbieten',
    options: 'Antwortmöglichkeiten',
    optionsHint:
      'Zwei bis zwanzig. Der Wert steht in Exporten (Kleinbuchstaben, Ziffern, _ und -). Leere Zeilen werden übergangen; für mehr Zeilen speichern und wieder bearbeiten.',
    option: (n: number) => `Antwortmöglichkeit ${n}`,
    value: 'Wert',
    min: 'Mindestens zu wählen (freiwillig)',
    max: 'Höchstens zu wählen (freiwillig)',
    maxLength: 'Höchstzahl an Zeichen',
    dimension: 'Dimension der Bereitschaft',
    noDimension: 'keine',
    side: 'Die Antwort nennt',
    sides: { '': 'nichts davon', enabler: 'einen Erfolgsfaktor', barrier: 'eine Hürde' },
    showIf: 'Nur zeigen, wenn',
    showIfHint:
      'Wählen Sie Antworten einer früheren Frage. Ohne Auswahl wird die Frage immer gezeigt.',
    requiredCheck: 'Die Frage muss beantwortet werden',
    save: 'Speichern',
    cancel: 'Abbrechen',
    removeTitle: 'Frage entfernen',
    removeQuestion: (label: string) => `Wollen Sie die Frage „${label}“ aus dem Entwurf entfernen?`,
    removeConsequence:
      'Veröffentlichte Fassungen und ihre Antworten bleiben unverändert. Die Frage fehlt erst in der nächsten Fassung.',
    removeConfirm: 'Ja, Frage entfernen',
    problem: 'Es gibt ein Problem',
    errorTitle: (title: string) => `Fehler: ${title}`,
    errors: {
      id: 'Geben Sie eine Kennung aus Kleinbuchstaben, Ziffern und _ ein, die mit einem Buchstaben beginnt.',
      idTaken: 'Diese Kennung hat schon eine andere Frage.',
      label: 'Geben Sie den Fragetext auf Deutsch und auf Englisch ein.',
      hint: 'Geben Sie den Hinweis in beiden Sprachen ein oder lassen Sie beide Felder leer.',
      options: 'Geben Sie zwei bis zwanzig Antwortmöglichkeiten ein.',
      optionValue:
        'Geben Sie jeder Antwortmöglichkeit einen Wert aus Kleinbuchstaben, Ziffern, _ oder -.',
      optionText: 'Geben Sie jede Antwortmöglichkeit auf Deutsch und auf Englisch ein.',
      ends: 'Beschriften Sie beide Enden der Skala auf Deutsch und auf Englisch.',
      min: 'Geben Sie als Mindestzahl eine ganze Zahl ab 0 ein.',
      max: 'Geben Sie als Höchstzahl eine ganze Zahl ab 1 ein.',
      range: 'Die Mindestzahl darf nicht größer als die Höchstzahl sein.',
      maxLength: 'Geben Sie als Höchstzahl an Zeichen eine ganze Zahl von 1 bis 5000 ein.',
      dimension: 'Wählen Sie eine Dimension der Bereitschaft.',
      side: 'Wählen Sie, was die Antwort nennt.',
      showIf:
        'Wählen Sie Antworten einer einzigen früheren Frage; die Frage muss vor dieser stehen.',
      elsewhere:
        'Danach passt eine andere Frage nicht mehr, meist ihre Bedingung „Nur zeigen, wenn“. Ändern Sie zuerst diese.',
      emptySection: 'Jeder Abschnitt braucht mindestens eine Frage.',
      invalid: 'Der Entwurf wäre so kein gültiges Formular.',
      surveyTitle: 'Geben Sie den Titel auf Deutsch und auf Englisch ein.',
      slug: 'Geben Sie eine Adresse aus Kleinbuchstaben, Ziffern und Bindestrichen ein.',
      slugTaken: 'Diese Adresse hat schon eine andere Befragung.',
      template: 'Wählen Sie eine Vorlage.',
      definition: 'Die Definition ist kein gültiges Formular.',
      sameSurvey: 'Adresse (slug) und Art (kind) der Befragung lassen sich nicht ändern.',
    },
    elsewhere: (label: string) => `Frage „${label}“:`,
    badJson: page(
      'Kein gültiges JSON',
      'Der eingefügte Text ist kein gültiges JSON. Es wurde nichts gespeichert. Gehen Sie zurück und prüfen Sie ihn.'
    ),
  },
  surveys: {
    title: 'Befragungen',
    none: 'Es gibt noch keine Befragungen.',
    kind: { pulse: 'Kurzbefragung', interview: 'Interviewleitfaden' } as Record<string, string>,
    facts: (slug: string, version: number) => `Link /s/${slug} · Formularversion ${version}`,
    hideOpenCounts: 'Zahlen einer laufenden Runde bleiben bis zu ihrem Ende verborgen',
    noWaves: 'Es wurde noch keine Befragungsrunde geöffnet.',
    status: { open: 'läuft', closed: 'beendet' },
    opens: (date: string) => `beginnt am ${date}`,
    closes: (date: string) => `endet am ${date}`,
  },
  retention: {
    link: 'Aufbewahrung und Löschen',
    title: (survey: string) => `Aufbewahrung und Löschen: ${survey}`,
    errorTitle: 'Fehler: Aufbewahrung und Löschen',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    intro:
      'Antworten werden nur so lange aufbewahrt, wie die Auswertung sie braucht (Speicherbegrenzung nach Art. 5 DSGVO). Gelöscht wird immer eine ganze Runde mit allem, was dazugehört: Antworten, versiegelte Antworten, Einladungen, Freigaben und Berichte.',
    period: 'Aufbewahrungsfrist',
    periodNone: 'Keine Frist: Beendete Runden bleiben, bis sie jemand löscht.',
    periodSet: (months: number) =>
      `Beendete Runden werden ${months === 1 ? 'einen Monat' : `${months} Monate`} nach ihrem Ende beim täglichen Lauf gelöscht.`,
    periodLabel: 'Aufbewahrungsfrist in Monaten',
    periodHint:
      'Ganze Zahl von 1 bis 120. Leer lassen, wenn beendete Runden nicht von selbst gelöscht werden sollen.',
    savePeriod: 'Frist speichern',
    errors: {
      months: 'Geben Sie eine ganze Zahl von 1 bis 120 ein oder lassen Sie das Feld leer.',
    },
    archived: 'Diese Befragung ist archiviert: Sie steht in der Übersicht unter „Archiv“.',
    active: 'Diese Befragung ist nicht archiviert.',
    archive: 'Befragung archivieren',
    unarchive: 'Aus dem Archiv holen',
    archiveHint:
      'Archivieren löscht nichts: Die Befragung rückt in der Übersicht nach unten und lässt sich jederzeit zurückholen.',
    wavesCaption: 'Beendete Runden',
    wave: 'Runde',
    closedOn: 'Beendet am',
    deletedOn: 'Wird gelöscht am',
    never: 'nicht von selbst',
    noClosedWaves: 'Es gibt noch keine beendete Runde.',
    deleteWave: 'Löschen',
    deleteWaveLabel: (label: string) => `Runde „${label}“ löschen`,
    deleteSurvey: 'Befragung löschen',
    deleteSurveyHint:
      'Löscht die Befragung mit allen Runden, Antworten, Einladungen, Freigaben und Berichten. Eine laufende Runde muss vorher beendet werden.',
    openWaveFirst: 'Solange eine Runde läuft, kann die Befragung nicht gelöscht werden.',
    confirmWaveTitle: (label: string) => `Runde „${label}“ löschen`,
    confirmSurveyTitle: (title: string) => `Befragung „${title}“ löschen`,
    consequencesWave:
      'Gelöscht werden alle Antworten dieser Runde, auch noch versiegelte, ihre Einladungslinks, Freigaben, Auswertungen und gespeicherten Berichte. Vergleiche späterer Runden mit dieser entfallen.',
    consequencesSurvey:
      'Gelöscht werden die Befragung, alle Formularversionen und alle Runden mit ihren Antworten, Einladungslinks, Freigaben, Auswertungen und gespeicherten Berichten.',
    irreversible:
      'Das lässt sich nicht rückgängig machen. Die Sicherung der Datenbank (Time Travel) hält gelöschte Daten noch bis zu 30 Tage vor.',
    next: 'Weiter',
    typeToConfirm: (name: string) => `Zur Bestätigung geben Sie „${name}“ ein`,
    typeHint: 'So stellen wir sicher, dass nichts versehentlich gelöscht wird.',
    mismatch: (name: string) => `Geben Sie genau „${name}“ ein, um zu löschen.`,
    confirmDelete: 'Endgültig löschen',
    cancel: 'Abbrechen',
    deletedWave: (label: string) => `Die Runde „${label}“ wurde gelöscht.`,
    deletedSurvey: (title: string) => `Die Befragung „${title}“ wurde gelöscht.`,
    notClosed: 'Nur beendete Runden können gelöscht werden.',
  },
  archive: { heading: 'Archiv', none: 'Keine archivierten Befragungen.' },
  wave: {
    waves: 'Befragungsrunden',
    downloads: 'Ergebnisse herunterladen',
    csv: 'CSV für Excel (durch Semikolon getrennt)',
    hidden: (note: string) => `Ergebnisse: ${note}.`,
    basedOn: (responses: string) => `Die Ergebnisse beruhen auf ${responses}.`,
    tooFew: (note: string) => `Ergebnisse: ${note} Antworten – zu wenige, um Zahlen zu zeigen.`,
    groupRule: (k: number) =>
      `Jede Zahl steht für eine Gruppe von mindestens ${k} Antworten; bei einer kleineren Gruppe steht nur ein Hinweis.`,
    releaseRule: (k: number) =>
      `Antworten werden in Gruppen von mindestens ${k} lesbar, und eine Zahl wird erst erneuert, wenn ihre Gruppe um mindestens ${k} gewachsen ist.`,
    release: (seq: number, date: string | null) =>
      `Stand: Freigabe ${seq}${date ? ` vom ${date}` : ''}.`,
    noRelease: 'Stand: noch keine Freigabe.',
    previousWave: (label: string) => `Veränderungen beziehen sich auf die Runde „${label}“.`,
    changeMethod:
      'Eine Veränderung ist die Differenz der veröffentlichten Zahlen beider Runden. „Signifikant“ heißt: Sie ist kaum durch Zufall zu erklären – geprüft mit dem Welch-t-Test (Mittelwerte und Bereitschaftsindex) bzw. dem z-Test für zwei Anteile (Themen) auf dem 5-%-Niveau, nach Holm korrigiert für die Zahl der Vergleiche.',
    openLink:
      'Runde mit offenem Link: Alle, die den Link haben, können antworten, so oft sie wollen. Das schützt weniger als eine Runde mit Einladungen. Ihre Zahlen werden einmal freigegeben, wenn sie endet.',
    texts: 'Erfolgsfaktoren, Hürden und Zitate',
    textsRule: (kq: number) =>
      `Aus den schriftlichen Antworten derselben Freigabe wie die Zahlen. Zitate sind anonymisiert: Namen, Ressorts, Referate, Adressen und Telefonnummern sind entfernt. Zitate erscheinen erst ab ${kq} Antworten, in zufälliger Reihenfolge.`,
    questions: 'Fragen',
  },
  participation: {
    heading: 'Beteiligung',
    hidden: 'verborgen bis zum Ende der Runde',
    responsesHidden: 'Antworten: verborgen bis zum Ende der Runde.',
    responses: (responses: string) =>
      `${responses} in dieser Runde, über Einladungen und den offenen Link.`,
    ministries: (answered: number, invited: number) =>
      ` ${answered} von ${invited} eingeladenen Ressorts ${answered === 1 ? 'hat' : 'haben'} geantwortet.`,
    noInvitations: 'Für diese Runde wurden keine Einladungen verschickt.',
    caption: 'Einladungen je Ressort',
    ministry: 'Ressort',
    invited: 'Eingeladen',
    completed: 'Beantwortet',
    all: 'Alle Ressorts',
  },
  readiness: {
    heading: 'Bereitschaft',
    none: 'Diese Befragung stellt keine Zustimmungsfragen mit einer Dimension der Bereitschaft.',
    index: 'Bereitschaftsindex',
    indexRange: 'Bereitschaftsindex (0–100)',
    explained:
      'Der Bereitschaftsindex ist der Mittelwert über alle Antwortenden von (m − 1) ÷ 4 × 100, wobei m der Durchschnitt der eigenen Antworten (1–5) einer Person auf alle Zustimmungsfragen mit Dimension ist: 0 heißt überall 1, 100 heißt überall 5.',
    indexNote: (note: string) => `Bereitschaftsindex: ${note}.`,
    indexChart: (value: string, ci: string) =>
      `Bereitschaftsindex ${value} von 100, 95-%-Konfidenzintervall ${ci}`,
    ci: '95-%-Konfidenzintervall',
    respondents: 'Antwortende',
    change: 'Veränderung zur Vorrunde',
    perDimension: 'Bereitschaft je Dimension',
    caption: 'Bereitschaft je Dimension (Zustimmung 1–5)',
    dimension: 'Dimension',
    mean: 'Mittelwert',
    ciShort: '95-%-KI',
    agreeing: 'Zustimmung',
    meanChange: 'Veränderung des Mittelwerts',
    chart: (rows: string) =>
      `Mittlere Zustimmung je Dimension der Bereitschaft auf einer Skala von 1 bis 5 mit 95-%-Konfidenzintervallen: ${rows}`,
  },
  question: {
    dimension: (label: string) => `Dimension: ${label}`,
    side: { enabler: 'Erfolgsfaktor', barrier: 'Hürde' },
    meanChart: (question: string, mean: string, low: number, high: number, ci: string) =>
      `Mittelwert von „${question}“: ${mean} auf einer Skala von ${low} bis ${high}, 95-%-Konfidenzintervall ${ci}`,
    n: 'Antworten (n)',
    sd: 'Standardabweichung',
    agreeing: 'Zustimmung (4 oder 5)',
    meanChange: 'Veränderung des Mittelwerts zur Vorrunde',
    multiple: (x: number) =>
      `Mehrere Antworten möglich: Die Anteile beziehen sich auf ${count(x, 'antwortende Person', 'Antwortende')}.`,
    written: (x: number) => `${count(x, 'schriftliche Antwort', 'schriftliche Antworten')}.`,
    caption: (question: string) => `Antworten auf „${question}“`,
    answer: 'Antwort',
    count: 'Anzahl',
    share: 'Anteil',
    chart: 'Diagramm',
    rowBar: (text: string, count: string, base: string, percent: string) =>
      `${text}: ${count} von ${base}, ${percent}`,
    stacked: (question: string, rows: string) =>
      `Verteilung der Antworten auf „${question}“: ${rows}`,
  },
  trend: {
    heading: 'Verlauf über die Runden',
    caption: 'Mittlere Zustimmung je Dimension und Bereitschaftsindex je Runde',
    wave: 'Runde',
    notAsked: 'nicht gefragt',
    notShown: 'nicht gezeigt',
    noWave: 'Noch kann keine Runde gezeigt werden.',
    chart: (rows: string) =>
      `Mittlere Zustimmung (1 bis 5) je Dimension der Bereitschaft über die Runden: ${rows}`,
    legend: 'Legende',
  },
  reports: {
    title: 'Berichte',
    intro:
      'Jeder Bericht wird einmal je Befragung und Zeitraum erstellt, gespeichert und per E-Mail verschickt. Hier sehen Sie jeden gespeicherten Bericht genau so, wie er verschickt wurde.',
    filter: 'Befragung',
    allSurveys: 'Alle Befragungen',
    show: 'Anzeigen',
    caption: 'Gespeicherte Berichte',
    none: 'Es gibt noch keine Berichte.',
    survey: 'Befragung',
    period: 'Zeitraum',
    release: 'Stand',
    releaseSeq: (seq: number | null, wave: string | null) =>
      `${wave ? `Runde „${wave}“, ` : ''}${seq === null ? 'Freigabe unbekannt' : `Freigabe ${seq}`}`,
    createdOn: 'Erstellt am',
    delivery: 'Versand',
    noRecipients: 'an niemanden verschickt',
    sentOn: (date: string, n: number) =>
      `Gesendet am ${date} an ${count(n, 'Adresse', 'Adressen')}`,
    partlySent: (sent: number, all: number) => `an ${sent} von ${all} Adressen gesendet`,
    pending: (n: number) => `wartet auf Versand an ${count(n, 'Adresse', 'Adressen')}`,
    failed: (n: number) =>
      `Versand an ${count(n, 'Adresse', 'Adressen')} fehlgeschlagen, wird wiederholt`,
    open: (period: string) => `Bericht ${period} ansehen`,
    build: 'Bericht jetzt erstellen',
    buildIntro:
      'Erstellt den fälligen Bericht einer Befragung sofort, nach denselben Regeln wie der tägliche Lauf: höchstens einen je Zeitraum, und nur wenn es seit dem letzten Bericht eine neue Freigabe gibt. Verschickt wird er mit „Jetzt senden“ oder beim nächsten täglichen Lauf.',
    recipientsOf: (title: string) => `Empfängerinnen und Empfänger von „${title}“`,
    notices: {
      built:
        'Der Bericht ist erstellt. Er wird beim nächsten täglichen Lauf verschickt, oder sofort mit „Jetzt senden“.',
      nothing:
        'Es wurde kein neuer Bericht erstellt: Für den Zeitraum gibt es schon einen, oder seit dem letzten Bericht gibt es keine neue Freigabe.',
      buildFailed:
        'Der Bericht konnte nicht erstellt werden. Der nächste tägliche Lauf versucht es noch einmal.',
      sent: 'Der Bericht ist verschickt.',
      sendFailed:
        'Der Versand ist fehlgeschlagen. Prüfen Sie, ob jede Adresse in Cloudflare Email Routing bestätigt ist; der tägliche Lauf versucht es noch einmal.',
      nothingToSend: 'Es gab nichts mehr zu senden: Der Bericht ist schon verschickt.',
    } as Record<string, string>,
    noticeTitle: 'Erledigt',
    reportTitle: (title: string, period: string) => `Bericht: ${title} (${period})`,
    facts: 'Angaben zum Bericht',
    codebook: 'Codebuch',
    responses: 'Antworten',
    view: 'E-Mail-Fassung öffnen (HTML)',
    csv: 'Als CSV herunterladen',
    recipients: 'Empfängerinnen und Empfänger',
    recipientsCaption: 'Versand je Adresse',
    address: 'Adresse',
    state: 'Zustand',
    sentAt: (date: string) => `gesendet am ${date}`,
    waiting: 'wartet auf Versand',
    failedAttempts: (n: number) =>
      `fehlgeschlagen (${count(n, 'Versuch', 'Versuche')}), wird wiederholt`,
    send: 'Jetzt senden',
    sendIntro:
      'Verschickt, was von diesem Bericht noch nicht verschickt ist. Niemand bekommt ihn zweimal.',
  },
  recipients: {
    title: 'Empfängerinnen und Empfänger',
    lead: (title: string) => `Wer den Bericht von „${title}“ per E-Mail bekommt.`,
    verified:
      'Jede Adresse muss in Cloudflare Email Routing als Zieladresse bestätigt sein; an andere Adressen kann Lernraum nicht senden. Änderungen gelten für den nächsten Bericht.',
    caption: 'Eingetragene Adressen',
    none: 'Für diese Befragung ist niemand eingetragen.',
    fallback: (address: string) =>
      `Solange niemand eingetragen ist, geht der Bericht an die Voreinstellung: ${address}.`,
    address: 'E-Mail-Adresse',
    remove: 'Entfernen',
    removeLabel: (address: string) => `${address} entfernen`,
    add: 'Adresse hinzufügen',
    hint: 'Zum Beispiel projektteam@bund.de',
    submit: 'Hinzufügen',
    errorTitle: 'Fehler: Empfängerinnen und Empfänger',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    errors: {
      empty: 'Geben Sie eine E-Mail-Adresse ein.',
      invalid: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@bund.de.',
      duplicate: 'Diese Adresse ist schon eingetragen.',
    },
    toReports: 'Zu den Berichten dieser Befragung',
  },
  ...wavesDe,
}

export type DashboardMessages = typeof de
