/** The words of a report's changes section and summary, in German and English. */
export const moverLabels = {
  de: {
    movers: (wave: string) => `Größte Veränderungen seit „${wave}“`,
    since: (release: number) => `Bewegung seit dem letzten Bericht (Freigabe ${release})`,
    untested:
      'Ohne Signifikanztest: Beide Freigaben gehören zur selben Runde und enthalten dieselben früheren Antworten, sind also keine unabhängigen Stichproben.',
    test: { dimension: 'Welch-t-Test', theme: 'z-Test für Anteile' },
    noTest: 'nicht getestet',
    kind: { dimension: 'Bereitschaft', enabler: 'Erfolgsfaktor', barrier: 'Hürde' },
    newTerms: 'Neue Begriffe seit der Vorrunde',
    summary: 'Zusammenfassung',
    example: 'Beispiel',
    responses: (n: number) => `${n} Antworten.`,
    index: (v: string) => `Bereitschaftsindex ${v}`,
    indexChange: (c: string, wave: string, mark: string) => ` (${c} gegenüber „${wave}“, ${mark})`,
    up: (what: string) => `Größter Anstieg: ${what}.`,
    down: (what: string) => `Größter Rückgang: ${what}.`,
    termCount: (n: number) =>
      n === 0 ? 'Keine neuen Begriffe.' : n === 1 ? 'Ein neuer Begriff.' : `${n} neue Begriffe.`,
  },
  en: {
    movers: (wave: string) => `Largest changes since “${wave}”`,
    since: (release: number) => `Movement since the last report (release ${release})`,
    untested:
      'No significance test: both releases belong to the same round and hold the same earlier answers, so they are not independent samples.',
    test: { dimension: "Welch's t-test", theme: 'z-test for shares' },
    noTest: 'not tested',
    kind: { dimension: 'readiness', enabler: 'success factor', barrier: 'barrier' },
    newTerms: 'New terms since the previous round',
    summary: 'Summary',
    example: 'Example',
    responses: (n: number) => `${n} responses.`,
    index: (v: string) => `Readiness index ${v}`,
    indexChange: (c: string, wave: string, mark: string) => ` (${c} against “${wave}”, ${mark})`,
    up: (what: string) => `Largest rise: ${what}.`,
    down: (what: string) => `Largest fall: ${what}.`,
    termCount: (n: number) => (n === 1 ? 'One new term.' : `${n === 0 ? 'No' : n} new terms.`),
  },
}
