import type { Messages } from './de.ts'

/** Every word a participant reads, in English. */
export const en: Messages = {
  lang: 'en',
  skipLink: 'Skip to main content',
  siteName: 'Lernraum',
  languageSwitch: 'Deutsch',
  required: 'required',
  optional: 'optional',
  submit: 'Submit answers',
  errorSummaryTitle: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  errorSummaryLink: (question, error) => `“${question}”: ${error}`,
  errorPrefix: 'Error:',
  noAnswer: 'prefer not to say',
  scaleEnds: (low, high) => `0 = ${low}, 10 = ${high}`,
  likertEnds: (low, high) => `1 = ${low}, 5 = ${high}`,
  shownIf: (question, values) => `Only answer if you chose ${values} for “${question}”.`,
  or: 'or',
  quote: (text) => `“${text}”`,
  charactersAllowed: (max) => `At most ${max} characters.`,
  choose: (min, max) =>
    min && max
      ? `Choose ${min} to ${max} answers.`
      : min
        ? `Choose at least ${min}.`
        : max
          ? `Choose at most ${max}.`
          : 'Choose all that apply.',
  errors: {
    required: 'Please answer this question.',
    choice: 'Please choose one of the answers offered.',
    tooLong: (max) => `The answer must be ${max} characters or fewer.`,
    tooFew: (min) => `Please choose at least ${min} answers.`,
    tooMany: (max) => `Please choose at most ${max} answers.`,
    controlCharacters: 'The answer contains control characters that cannot be stored.',
  },
  notice: {
    title: 'What we store',
    kept: 'We store only your answers, the survey and the survey round.',
    neverKept:
      'We never store your name, your ministry, your IP address, your browser, cookies or the time of your answer. Invitation links are kept only as an irreversible hash and apart from the answers.',
    whoSees: (k, kQuotes) =>
      `The project team sees only combined results of at least ${k} answers. Quotes from free text appear only from ${kQuotes} answers on, and without names of people, ministries or agencies.`,
    sealed: (k) =>
      `Your answers are first stored encrypted and made readable only in groups of at least ${k} answers, in random order. So up to ${2 * k - 1} of the latest answers appear in the results only later, and figures change only once at least ${k} more answers have come in.`,
    chathamHouse:
      'The Chatham House rule applies: what you say may be used, but never who said it.',
    noLookup:
      'As nobody can link your answers to you, we cannot show, change or delete them for you later either. They are deleted with their survey wave.',
    openLink:
      'This survey round runs through an open link instead of personal invitations. That protects less: nobody can check who answers or how often, and someone who sends many answers themselves can narrow down small groups more easily. So results appear only once the round has ended.',
  },
  interview: {
    submit: 'Save notes',
    notice: {
      title: 'Notes for you as the interviewer',
      chathamHouse:
        'Tell the person you interview at the start that the Chatham House rule applies: what they say may be used, but never who said it.',
      write:
        'Record statements in substance, without names, roles, units or ministries that would point to the person you interview.',
      kept: 'Only these notes are stored, with no link to you, to the person interviewed, to a ministry or to the time of the interview.',
      sealed: (k: number) =>
        `The notes are stored encrypted and become readable only in groups of at least ${k} interviews; free texts are coded into the same themes as the pulse survey's answers.`,
      whoSees: (k: number, kQuotes: number) =>
        `The project team sees only results of at least ${k} interviews, and quotes only from ${kQuotes}, redacted of names of people, ministries and agencies.`,
    },
    thanks: {
      title: 'Notes saved',
      body: 'The notes are stored sealed. You can close this window; for the next interview, open the guide again.',
    },
  },
  accessibilityLink: 'Accessibility statement',
  date: (iso) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`)
    ),
  about: {
    askedBy: (organiser) => `This survey is run by ${organiser}`,
    contact: 'Contact',
    privacy: 'Privacy notice',
    imprint: 'Imprint',
  },
  thanks: {
    title: 'Thank you for your answers',
    body: 'Your answers have been saved. You can close this window now.',
    nextTitle: 'What happens next',
    sealed: (k) =>
      `Your answers are kept encrypted and sealed. They become readable only together with others, in a group of at least ${k} answers and in random order.`,
    reports: (k, kQuotes) =>
      `Reports show no group smaller than ${k} answers, and quotes from free text only from ${kQuotes} answers on.`,
    closesOn: (date, k) =>
      `The survey round ends on ${date}. Then the answers still sealed are made readable if there are at least ${k} of them – otherwise never.`,
    closesLater: (k) =>
      `When the survey round ends, the answers still sealed are made readable if there are at least ${k} of them – otherwise never.`,
  },
  already: {
    title: 'We already have these answers',
    body: 'This link has already been used to answer. A second answer is not stored.',
  },
  invalidLink: {
    title: 'This link is not valid',
    body: 'Please check that you copied the whole link, or ask the project team for a new one.',
  },
  closed: {
    title: 'This survey is closed',
    body: 'No survey round is running at the moment. Thank you for your interest.',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist. Please check the link.',
  },
  retry: {
    title: 'Your answers could not be saved',
    body: 'There was a temporary problem while saving. Your answers are still filled in below – please submit the form again in a moment.',
  },
  failed: {
    title: 'Your answers could not be saved',
    body: 'Something went wrong on our side that sending again will not fix right now; we have been notified. Your answers are still filled in below. Please keep this page open or copy your texts, and send the form again later.',
  },
  expired: {
    title: 'The form was open for too long',
    body: 'Your answers have not been saved yet. They are still filled in below – please send the form again now.',
  },
  preview: {
    title: 'Preview',
    body: 'This is how participants see this version of the form. Nothing you enter or send here is saved.',
  },
  rateLimited: {
    title: 'Please wait a moment',
    body: 'Very many forms were sent from your network in the last minute. Your answers have not been saved yet. They are still filled in below – please send the form again in a minute.',
  },
  invitationOnly: {
    title: 'Please answer this survey through your personal link',
    body: 'In this survey round, answers are accepted only through personal invitation links, not through this general address. Please open the link in your invitation. If you did not receive one, please contact the project team.',
  },
  badRequest: {
    title: 'The request could not be processed',
    tooLarge: 'The data sent is too large.',
    encoding: 'The data sent is not encoded correctly.',
    contentType: 'The form must be sent as a normal web form.',
    unknownField: 'The form contains fields that do not exist.',
    staleForm: 'This form is no longer valid. Please reload the page.',
    forbidden: 'The form was not sent from this site.',
    generic: 'Please reload the page and try again.',
    back: 'Back to the form',
  },
  unavailable: {
    title: 'Temporarily unavailable',
    body: 'Our storage is briefly overloaded and nothing was saved. Please go back in your browser – your answers are still in the form there – and send it again in a minute.',
  },
  serverError: {
    title: 'Something went wrong',
    body: 'Please try again in a moment.',
  },
}
