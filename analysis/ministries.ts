/** A federal ministry (or the Chancellery) as participation is counted by. */
export interface Ministry {
  abbr: string
  name: string
  nameEn: string
}

/** The federal ministries and the Chancellery as constituted in 2025, plus "other". */
export const ministries: Ministry[] = [
  { abbr: 'BKAmt', name: 'Bundeskanzleramt', nameEn: 'Federal Chancellery' },
  { abbr: 'AA', name: 'Auswärtiges Amt', nameEn: 'Federal Foreign Office' },
  { abbr: 'BMI', name: 'Bundesministerium des Innern', nameEn: 'Federal Ministry of the Interior' },
  { abbr: 'BMF', name: 'Bundesministerium der Finanzen', nameEn: 'Federal Ministry of Finance' },
  {
    abbr: 'BMJV',
    name: 'Bundesministerium der Justiz und für Verbraucherschutz',
    nameEn: 'Federal Ministry of Justice and Consumer Protection',
  },
  {
    abbr: 'BMAS',
    name: 'Bundesministerium für Arbeit und Soziales',
    nameEn: 'Federal Ministry of Labour and Social Affairs',
  },
  {
    abbr: 'BMWE',
    name: 'Bundesministerium für Wirtschaft und Energie',
    nameEn: 'Federal Ministry for Economic Affairs and Energy',
  },
  {
    abbr: 'BMVg',
    name: 'Bundesministerium der Verteidigung',
    nameEn: 'Federal Ministry of Defence',
  },
  {
    abbr: 'BMLEH',
    name: 'Bundesministerium für Landwirtschaft, Ernährung und Heimat',
    nameEn: 'Federal Ministry of Agriculture, Food and Regional Identity',
  },
  {
    abbr: 'BMBFSFJ',
    name: 'Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend',
    nameEn: 'Federal Ministry of Education, Family Affairs, Senior Citizens, Women and Youth',
  },
  { abbr: 'BMG', name: 'Bundesministerium für Gesundheit', nameEn: 'Federal Ministry of Health' },
  { abbr: 'BMV', name: 'Bundesministerium für Verkehr', nameEn: 'Federal Ministry of Transport' },
  {
    abbr: 'BMUKN',
    name: 'Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit',
    nameEn:
      'Federal Ministry for the Environment, Climate Action, Nature Conservation and Nuclear Safety',
  },
  {
    abbr: 'BMFTR',
    name: 'Bundesministerium für Forschung, Technologie und Raumfahrt',
    nameEn: 'Federal Ministry of Research, Technology and Space',
  },
  {
    abbr: 'BMZ',
    name: 'Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung',
    nameEn: 'Federal Ministry for Economic Cooperation and Development',
  },
  {
    abbr: 'BMWSB',
    name: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen',
    nameEn: 'Federal Ministry for Housing, Urban Development and Building',
  },
  {
    abbr: 'BMDS',
    name: 'Bundesministerium für Digitales und Staatsmodernisierung',
    nameEn: 'Federal Ministry for Digital Transformation and Government Modernisation',
  },
  { abbr: 'other', name: 'andere Stelle', nameEn: 'other' },
]

/** The ministry an invitation may name, by abbreviation or full name, case-insensitive. */
export function findMinistry(name: string): Ministry | undefined {
  const n = name.trim().toLowerCase()
  return ministries.find((m) => m.abbr.toLowerCase() === n || m.name.toLowerCase() === n)
}
