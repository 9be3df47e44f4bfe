/** The words of the dashboard's waves and invitations pages, in German. */
export const wavesDe = {
  waves: {
    title: (survey: string) => `${survey}: Befragungsrunden`,
    errorTitle: (survey: string) => `Fehler: ${survey}: Runde öffnen`,
    link: 'Befragungsrunden und Einladungen',
    intro:
      'Jede Befragungsrunde beantwortet die Formularversion, die beim Öffnen der Runde aktuell war. Änderungen an der Befragung gelten ab der nächsten Runde.',
    caption: 'Alle Befragungsrunden dieser Befragung',
    none: 'Es wurde noch keine Befragungsrunde geöffnet.',
    label: 'Bezeichnung',
    mode: 'Art',
    modes: { invitations: 'Einladungslinks', open: 'Offener Link' },
    formVersion: 'Formularversion',
    opensOn: 'Beginn',
    closesOn: 'Ende',
    state: 'Zustand',
    immediately: 'sofort',
    noEnd: 'offen',
    actions: 'Aktionen',
    findings: (label: string) => `Ergebnisse der Runde „${label}“`,
    close: 'Runde schließen',
    closeLabel: (label: string) => `Runde schließen: „${label}“`,
    invitations: 'Einladungslinks',
    invitationsLabel: (label: string) => `Einladungslinks der Runde „${label}“`,
    open: 'Runde öffnen',
    next: 'Nächste Runde',
    nextHint: 'Die nächste Runde übernimmt die Art und die Dauer der letzten Runde.',
    stillOpen:
      'Es läuft schon eine Runde. Schließen Sie sie, bevor Sie die nächste öffnen: Es kann immer nur eine Runde je Befragung laufen.',
    openTitle: 'Runde öffnen',
    nextTitle: 'Nächste Runde öffnen',
    labelHint: 'Zum Beispiel „Frühjahr 2027“ oder „Runde 3“. Höchstens 80 Zeichen.',
    modeLegend: 'Wie wird die Runde beantwortet?',
    modeHints: {
      invitations:
        'Jede Person bekommt einen eigenen Link, der einmal gilt. Das schützt am besten.',
      open: 'Ein Link für alle, der beliebig oft genutzt werden kann. Das schützt weniger; die Ergebnisse werden darum nur einmal freigegeben, wenn die Runde endet.',
    },
    opensOnHint:
      'Leer lassen, um sofort zu beginnen. Einladungen, die vor dem Beginn erstellt werden, schützen am besten.',
    closesOnHint:
      'Leer lassen, um die Runde von Hand zu schließen. Am Tag nach dem Ende schließt der tägliche Lauf sie.',
    dateFormat: 'Als Datum, zum Beispiel 2027-03-31.',
    versionNote: (version: number) =>
      `Die Runde beantwortet die jetzige Formularversion ${version}.`,
    submit: 'Runde öffnen',
    cancel: 'Abbrechen',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    errors: {
      labelEmpty: 'Geben Sie eine Bezeichnung ein.',
      labelLong: 'Die Bezeichnung darf höchstens 80 Zeichen lang sein.',
      mode: 'Wählen Sie, wie die Runde beantwortet wird.',
      opensOn: 'Geben Sie den Beginn als gültiges Datum ein, zum Beispiel 2027-03-01.',
      closesOn: 'Geben Sie das Ende als gültiges Datum ein, zum Beispiel 2027-03-31.',
      closesBeforeOpening: 'Das Ende muss am oder nach dem Beginn liegen.',
      closesInPast: 'Das Ende darf nicht in der Vergangenheit liegen.',
      alreadyOpen:
        'Es läuft schon eine Runde dieser Befragung. Schließen Sie sie, bevor Sie die nächste öffnen.',
      rhythm: 'Wählen Sie, wie oft die Befragung wiederholt wird.',
    },
    closeTitle: 'Runde schließen',
    closeQuestion: (label: string) => `Wollen Sie die Runde „${label}“ wirklich schließen?`,
    closeConsequence:
      'Danach kann niemand mehr antworten, auch nicht über Einladungslinks, die noch nicht benutzt sind. Die versiegelten Antworten werden sofort lesbar gemacht, wenn es mindestens so viele sind, wie eine Gruppe braucht; sonst bleiben sie für immer versiegelt. Der Bericht der Runde entsteht beim nächsten täglichen Lauf. Das lässt sich nicht rückgängig machen.',
    closeConfirm: 'Ja, Runde schließen',
    notOpen: 'Diese Runde ist schon geschlossen.',
    rhythm: 'Wiederholung',
    rhythmLegend: 'Wie oft soll die Befragung wiederholt werden?',
    rhythms: {
      none: 'Nicht wiederholen',
      monthly: 'Monatlich',
      quarterly: 'Vierteljährlich',
    },
    rhythmHint: (days: number) =>
      `Ist die letzte Runde geschlossen, öffnet der tägliche Lauf die nächste mit denselben Einstellungen. Sie beginnt einen Monat oder ein Vierteljahr nach dem Beginn der letzten und wird ${days} Tage vorher angelegt, damit Sie vorher Einladungslinks erstellen können.`,
    rhythmNow: (rhythm: string) => `Wiederholung: ${rhythm}.`,
    rhythmSubmit: 'Wiederholung speichern',
  },
  invitations: {
    title: (survey: string) => `${survey}: Einladungslinks`,
    errorTitle: (survey: string) => `Fehler: ${survey}: Einladungslinks`,
    noOpenWave:
      'Gerade läuft keine Runde. Öffnen Sie zuerst eine Runde mit Einladungslinks; dann können Sie hier Links erstellen.',
    openLinkWave:
      'Die laufende Runde wird über den offenen Link beantwortet. Einladungslinks gibt es nur für Runden mit Einladungen.',
    forWave: (label: string) => `Für die Runde „${label}“.`,
    timing: (date: string | null) =>
      `${date ? `Die Runde beginnt am ${date}. ` : 'Die Runde hat schon begonnen. '}Einladungen, die nach dem Beginn erstellt werden, werden als „nachträglich“ vermerkt und allen aus der Forschung gezeigt: Mit ihnen könnte jemand eine laufende Runde mit eigenen Antworten auffüllen.`,
    create: 'Einladungslinks erstellen',
    countsLegend: 'Wie viele Links je Ressort?',
    countsHint: (max: number) => `Eine ganze Zahl von 0 bis ${max} je Ressort. Leer heißt keine.`,
    format: 'Wie wollen Sie die Links bekommen?',
    formats: {
      show: 'Auf dieser Seite anzeigen',
      csv: 'Als CSV-Datei für einen Serienbrief herunterladen',
      print: 'Als Seite zum Ausdrucken',
    },
    formatHint:
      'Die Links werden nur dieses eine Mal ausgegeben. Gespeichert wird nur ein Prüfwert, nie der Link selbst.',
    submit: 'Einladungslinks erstellen',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    errors: {
      count: (ministry: string, max: number) =>
        `Geben Sie für ${ministry} eine ganze Zahl von 0 bis ${max} ein.`,
      none: 'Geben Sie für mindestens ein Ressort an, wie viele Links Sie brauchen.',
      format: 'Wählen Sie, wie Sie die Links bekommen wollen.',
    },
    invited: 'Eingeladen je Ressort',
    invitedCaption: 'Erstellte Einladungslinks je Ressort in dieser Runde',
    ministry: 'Ressort',
    count: 'Anzahl',
    noneInvited: 'Für diese Runde wurden noch keine Einladungslinks erstellt.',
    log: 'Wer hat wie viele Links erstellt?',
    logIntro:
      'Jede Erstellung wird mit Tag, Person oder Token und Anzahl je Ressort festgehalten und allen aus der Forschung gezeigt.',
    logCaption: 'Protokoll der erstellten Einladungslinks',
    logNone: 'Es wurden noch keine Einladungslinks erstellt.',
    wave: 'Runde',
    day: 'Tag',
    createdBy: 'Erstellt von',
    when: 'Zeitpunkt',
    beforeOpening: 'vor dem Beginn',
    late: 'nachträglich',
    createdTitle: 'Einladungslinks erstellt',
    createdLead: (count: number, label: string) =>
      `${count === 1 ? 'Ein Einladungslink ist' : `${count} Einladungslinks sind`} für die Runde „${label}“ erstellt.`,
    warning:
      'Kopieren oder speichern Sie die Links jetzt. Sie werden nie wieder angezeigt, weil nur Prüfwerte gespeichert sind. Wer sie verliert, muss neue erstellen.',
    linksOf: (ministry: string, count: number) =>
      `${ministry}: ${count === 1 ? '1 Link' : `${count} Links`}`,
    toInvitations: 'Zurück zu den Einladungslinks',
    printTitle: 'Einladungslinks zum Ausdrucken',
    printHint: 'Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers aus.',
    card: (survey: string) => `Einladung zur Befragung „${survey}“`,
    cardNote: 'Dieser Link gilt für eine Person und eine Antwort.',
    csvHeader: ['Ressort', 'Einladungslink'],
    csvName: 'einladungslinks',
  },
}
