import type { DashboardMessages } from './de.ts'
import { wavesEn } from './waves.en.ts'

const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 })
const count = (x: number, one: string, many: string) => `${n.format(x)} ${x === 1 ? one : many}`

/** Every word of the researchers' dashboard, in English. */
export const en: DashboardMessages = {
  lang: 'en',
  locale: 'en-GB',
  otherLanguage: 'Deutsch',
  siteName: 'Lernraum research dashboard',
  skipLink: 'Skip to main content',
  signOut: 'Sign out',
  breadcrumb: 'Breadcrumb',
  apiReference: 'API reference',
  accessibility: 'Accessibility statement',
  responses: (x: number) => count(x, 'response', 'responses'),
  interval: (low: string, high: string) => `${low} to ${high}`,
  shareOf: (percent: string, base: string) => `${percent} of ${base}`,
  noChange: '–',
  pages: {
    notFound: ['Not found', 'There is no such survey or wave.'],
    tooLarge: ['Too large', 'The form is too large.'],
    refusedOrigin: [
      'Request refused',
      'The form was not sent from this site, so it was refused. Go back and try again.',
    ],
    unreadable: ['Request refused', 'The form could not be read. Go back and try again.'],
    unavailable: [
      'Temporarily unavailable',
      'Storage is briefly unavailable and nothing was changed. Please try again in a minute.',
    ],
    accessUnavailable: [
      'Temporarily unavailable',
      'Cloudflare Access could not be reached to check your sign-in. Please try again in a minute.',
    ],
    failed: ['Something went wrong', 'Please try again in a moment.'],
    notAllowed: [
      'Not allowed',
      'Your account has no researcher role. Ask an admin of Lernraum for access.',
    ],
    tokenNotFound: ['Not found', 'This API token does not exist or is already revoked.'],
    tooMany: [
      'Too many attempts',
      'Too many failed sign-in attempts. Wait a minute and try again.',
    ],
  },
  nav: { label: 'Sections', surveys: 'Surveys', tokens: 'API tokens' },
  allSurveys: 'All surveys',
  toTokens: 'To all API tokens',
  backToSignIn: 'Back to sign-in',
  signIn: {
    title: 'Sign in',
    errorTitle: 'Error: Sign in',
    heading: 'Sign in to the research dashboard',
    problem: 'There is a problem',
    intro:
      'The dashboard shows the aggregated, suppressed findings of each survey. Sign in with a researcher or admin API token.',
    label: 'API token',
    hint: 'It starts with lr_. Create one with:',
    command: 'npm run lernraum -- token create --role researcher --label "your name"',
    errorPrefix: 'Error:',
    invalid: 'The token is not valid, or it has been revoked.',
    empty: 'Enter your API token.',
    submit: 'Sign in',
    access: 'Where Cloudflare Access protects this site, you are signed in through Access already.',
  },
  tokens: {
    title: 'API tokens',
    intro:
      'Researchers and admins sign in here and to the API with an API token. Only a check value is stored, never the token itself.',
    caption: 'All API tokens',
    none: 'There are no API tokens yet.',
    label: 'Label',
    labelHint: 'Whom or what the token is for, for example a name. At most 80 characters.',
    role: 'Role',
    roles: { researcher: 'Researcher (reads findings)', admin: 'Admin (also changes things)' },
    createdOn: 'Created on',
    state: 'State',
    active: 'valid',
    revoked: 'revoked',
    revoke: 'Revoke',
    revokeLabel: (label: string) => `Revoke token “${label}”`,
    create: 'Create a new API token',
    submit: 'Create token',
    errorTitle: 'Error: API tokens',
    problem: 'There is a problem',
    errorPrefix: 'Error:',
    errors: {
      labelEmpty: 'Enter a label.',
      labelLong: 'The label must be 80 characters or fewer.',
      role: 'Choose a role.',
    },
    createdTitle: 'API token created',
    createdLead: (label: string) => `The token “${label}” has been created.`,
    warning:
      'Copy the token now and keep it safe. It will not be shown again; if it is lost, a new one is needed.',
    yourToken: 'Your new API token',
    toList: 'To all API tokens',
    revokeTitle: 'Revoke API token',
    revokeQuestion: (label: string) => `Do you really want to revoke the token “${label}”?`,
    revokeConsequence:
      'Nobody can sign in with it afterwards, and every session signed in with it ends at once. This cannot be undone.',
    revokeConfirm: 'Yes, revoke the token',
    cancel: 'Cancel',
  },
  surveys: {
    title: 'Surveys',
    none: 'There are no surveys yet.',
    kind: { pulse: 'Pulse survey', interview: 'Interview guide' },
    facts: (slug: string, version: number) => `link /s/${slug} · form version ${version}`,
    hideOpenCounts: 'counts of an open wave stay hidden until it closes',
    noWaves: 'No wave has been opened yet.',
    status: { open: 'open', closed: 'closed' },
    opens: (date: string) => `opens ${date}`,
    closes: (date: string) => `closes ${date}`,
  },
  wave: {
    waves: 'Waves',
    downloads: 'Download the findings',
    csv: 'CSV for Excel (semicolon-separated)',
    hidden: (note: string) => `Findings: ${note}.`,
    basedOn: (responses: string) => `The findings are based on ${responses}.`,
    tooFew: (note: string) => `Findings: ${note} responses, too few to show any figure.`,
    groupRule: (k: number) =>
      `Every figure stands for a group of at least ${k} answers; a smaller group shows only a note.`,
    releaseRule: (k: number) =>
      `Answers become readable in batches of at least ${k}, and a figure is renewed only once its group grew by at least ${k}.`,
    release: (seq: number, date: string | null) =>
      `As of release ${seq}${date ? ` of ${date}` : ''}.`,
    noRelease: 'As of: no release yet.',
    previousWave: (label: string) => `Changes are against the wave “${label}”.`,
    changeMethod:
      'A change is the difference between the published figures of both waves; whether it could be chance is not tested (no significance test).',
    openLink:
      'Open-link wave: anyone with the link can answer, as often as they like, so it protects less than an invitation wave. Its figures are released once, when it closes.',
    questions: 'Questions',
  },
  participation: {
    heading: 'Participation',
    hidden: 'hidden until the wave closes',
    responsesHidden: 'Responses: hidden until the wave closes.',
    responses: (responses: string) =>
      `${responses} in this wave, through invitations and the open link.`,
    ministries: (answered: number, invited: number) =>
      ` ${answered} of ${invited} invited ministries answered.`,
    noInvitations: 'No invitations were sent for this wave.',
    caption: 'Invitations per ministry',
    ministry: 'Ministry',
    invited: 'Invited',
    completed: 'Completed',
    all: 'All ministries',
  },
  readiness: {
    heading: 'Readiness',
    none: 'This survey asks no agreement questions with a readiness dimension.',
    index: 'Readiness index',
    indexRange: 'Readiness index (0–100)',
    explained:
      'The readiness index is the mean over all respondents of (m − 1) ÷ 4 × 100, where m is the average of one person’s own answers (1–5) to all agreement questions with a dimension: 0 means 1 throughout, 100 means 5 throughout.',
    indexNote: (note: string) => `Readiness index: ${note}.`,
    indexChart: (value: string, ci: string) =>
      `Readiness index ${value} of 100, 95 % confidence interval ${ci}`,
    ci: '95 % confidence interval',
    respondents: 'Respondents',
    change: 'Change against the previous wave',
    perDimension: 'Readiness per dimension',
    caption: 'Readiness per dimension (agreement 1–5)',
    dimension: 'Dimension',
    mean: 'Mean',
    ciShort: '95 % CI',
    agreeing: 'Agreeing',
    meanChange: 'Change in mean',
    chart: (rows: string) =>
      `Mean agreement per readiness dimension on a scale of 1 to 5 with 95 % confidence intervals: ${rows}`,
  },
  question: {
    dimension: (label: string) => `dimension: ${label}`,
    side: { enabler: 'success factor', barrier: 'barrier' },
    meanChart: (question: string, mean: string, low: number, high: number, ci: string) =>
      `Mean of “${question}”: ${mean} on a scale of ${low} to ${high}, 95 % confidence interval ${ci}`,
    n: 'Answers (n)',
    sd: 'Standard deviation',
    agreeing: 'Agreeing (4 or 5)',
    meanChange: 'Change in mean against the previous wave',
    multiple: (x: number) =>
      `Several answers possible: shares are of the ${count(x, 'respondent', 'respondents')}.`,
    written: (x: number) => `${count(x, 'written answer', 'written answers')}.`,
    caption: (question: string) => `Answers to “${question}”`,
    answer: 'Answer',
    count: 'Count',
    share: 'Share',
    chart: 'Chart',
    rowBar: (text: string, count: string, base: string, percent: string) =>
      `${text}: ${count} of ${base}, ${percent}`,
    stacked: (question: string, rows: string) =>
      `Distribution of answers to “${question}”: ${rows}`,
  },
  trend: {
    heading: 'Trend across waves',
    caption: 'Mean agreement per dimension and readiness index per wave',
    wave: 'Wave',
    notAsked: 'not asked',
    notShown: 'not shown',
    noWave: 'No wave can be shown yet.',
    chart: (rows: string) =>
      `Mean agreement (1 to 5) per readiness dimension across waves: ${rows}`,
    legend: 'Legend',
  },
  ...wavesEn,
}
