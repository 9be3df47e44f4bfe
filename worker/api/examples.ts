/** Example responses shown in the OpenAPI document; a test validates each against its schema. */
const wave = {
  id: 'w8Kq2',
  surveyId: 's7Hd1',
  label: 'Frühjahr 2026',
  status: 'open',
  mode: 'invitations',
  seq: 1,
  opensOn: '2026-03-02',
  closesOn: null,
  closedOn: null,
  openedOn: '2026-02-23',
  formVersion: 1,
}
const survey = {
  id: 's7Hd1',
  slug: 'imag-puls',
  kind: 'pulse',
  version: 1,
  title: { de: 'Puls der imAG', en: 'Working group pulse' },
  hideOpenCounts: false,
  codebookVersion: 'default-1',
  archived: false,
  retentionMonths: 24,
}
const report = {
  id: 'r5Tq9',
  surveyId: 's7Hd1',
  surveySlug: 'imag-puls',
  period: '2026-W48',
  waveId: 'w8Kq2',
  createdOn: '2026-11-23',
  codebookVersion: 'default-1',
}
const suppressed = { shown: false, note: { reason: 'fewer-than-k', k: 5 } }

const base = {
  surveyList: { surveys: [{ ...survey, waves: [wave] }] },
  surveyOne: { survey: { ...survey, waves: [wave] } },
  surveyCreated: { survey, link: '/s/imag-puls' },
  waveOne: { wave },
  invitationsCreated: {
    wave: { id: 'w8Kq2', label: 'Frühjahr 2026' },
    invitations: [
      { ministry: 'BMI', links: ['https://lernraum.example/i/3kT9sV0bQ2mX8rZ1pL7cN4wY6hJ5gF0a'] },
    ],
  },
  invitationLog: {
    additions: [
      {
        wave: { id: 'w8Kq2', label: 'Frühjahr 2026' },
        ministry: 'BMI',
        count: 40,
        createdOn: '2026-02-27',
        createdBy: 'admin@lernraum.example',
        beforeOpening: true,
      },
      {
        wave: { id: 'w8Kq2', label: 'Frühjahr 2026' },
        ministry: 'AA',
        count: 3,
        createdOn: '2026-03-09',
        createdBy: 'Einladungsskript (token:k2j9x0a1b3)',
        beforeOpening: false,
      },
    ],
  },
  participation: {
    wave: { id: 'w8Kq2', label: 'Frühjahr 2026', status: 'open' },
    ministries: [
      { ministry: 'AA', invited: 3, completed: 2 },
      { ministry: 'BMI', invited: 3, completed: 0 },
    ],
    totals: { invited: 6, ministriesAnswered: 1, responses: 2 },
  },
  findings: {
    survey: { id: 's7Hd1', slug: 'imag-puls', title: survey.title },
    wave: { id: 'w8Kq2', label: 'Frühjahr 2026', status: 'closed' },
    hidden: false,
    release: 2,
    renewsAfter: 17,
    findings: {
      wave: { id: 'w8Kq2', label: 'Frühjahr 2026' },
      previousWave: null,
      thresholds: { minGroupSize: 5, minGroupSizeQuotes: 10 },
      responses: { shown: true, value: 12 },
      questions: [
        {
          id: 'trust',
          kind: 'likert',
          label: { de: 'Ich kann offen sprechen.', en: 'I can speak openly.' },
          dimension: 'trust',
          result: {
            shown: true,
            value: {
              n: 12,
              distribution: [{ value: '4', label: { de: '4', en: '4' }, count: 7 }],
              mean: 3.92,
              sd: 0.79,
              ci95: [3.41, 4.42],
              shareAgreeing: 0.667,
            },
          },
        },
        {
          id: 'helped',
          kind: 'long_text',
          label: { de: 'Was hat geholfen?', en: 'What helped?' },
          side: 'enabler',
          result: suppressed,
        },
      ],
      readiness: {
        dimensions: [
          {
            dimension: 'trust',
            questions: ['trust'],
            result: {
              shown: true,
              value: { n: 12, mean: 3.92, sd: 0.79, ci95: [3.41, 4.42], shareAgreeing: 0.667 },
            },
          },
        ],
        index: { shown: true, value: { n: 12, value: 72.9, ci95: [60.3, 85.5] } },
      },
    },
  },
  tokenCreated: {
    id: 'k2j9x0a1b3',
    label: 'Auswertungsskript',
    role: 'researcher',
    token: 'lr_3kT9sV0bQ2mX8rZ1pL7cN4wY6hJ5gF0a',
  },
  tokenList: {
    tokens: [
      {
        id: 'k2j9x0a1b3',
        label: 'Auswertungsskript',
        role: 'researcher',
        createdOn: '2026-11-25',
        revoked: false,
      },
    ],
  },
  ministryList: {
    ministries: [{ abbr: 'AA', name: 'Auswärtiges Amt', nameEn: 'Federal Foreign Office' }],
  },
  reportList: { reports: [report] },
}

export const examples = {
  ...base,
  reportOne: {
    ...report,
    report: {
      survey: base.findings.survey,
      period: report.period,
      generatedOn: report.createdOn,
      wave: base.findings.wave,
      codebookVersion: report.codebookVersion,
      coverage: { invited: 40, completed: 12, ministriesInvited: 4, ministriesAnswered: 3 },
      findings: base.findings.findings,
      themes: {
        answers: { shown: true, value: 12 },
        enablers: [
          {
            id: 'trust',
            side: 'enabler',
            label: { de: 'Vertrauen', en: 'Trust' },
            result: { shown: true, value: { mentions: 6, negative: 1, share: 0.5 } },
          },
        ],
        barriers: [],
      },
      quotes: { enabler: suppressed, barrier: suppressed },
      emergingTerms: { shown: true, value: [{ term: 'Termine', count: 5 }] },
    },
  },
}
