export {
  loadCodebook,
  codebookSchema,
  CodebookError,
  type Codebook,
  type Theme,
  type Side,
  type Lang,
} from './schema.ts'
export {
  compileCodebook,
  type CompiledCodebook,
  type CompiledTheme,
  type PhraseSignal,
  type SignalIndex,
} from './compile.ts'
export {
  codeAnswer,
  explainAnswer,
  readAnswer,
  CODER_VERSION,
  type AnswerContext,
  type CodedTheme,
  type ExplainedTheme,
  type Polarity,
} from './code.ts'
export {
  addTerms,
  emergingTerms,
  rankTerms,
  termCount,
  termForms,
  termKeys,
  type EmergingTerm,
  type EmergingOptions,
  type TermCount,
  type TermTally,
} from './emerging.ts'
export { tokenize, foldUmlauts, signalWords } from './text.ts'
export { STOP_WORDS } from './stopwords.ts'
export { DEFAULT_CODEBOOK_VERSION } from './codebooks/index.ts'
