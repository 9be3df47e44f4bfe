import type * as z from '../zod.ts'
import type { Child } from 'hono/jsx'
import type { Messages } from '../messages/index.ts'
import type { QuestionKind, QuestionOf } from '../schema.ts'

/** What an answer is once validated and stored: a number, a choice, several choices or text. */
export type AnswerValue = number | string | string[]

export interface FieldProps<K extends QuestionKind> {
  question: QuestionOf<K>
  m: Messages
  /** What the person sent, exactly as typed, so nothing is lost on an error. */
  typed: string[]
  error?: string
  /** Without JavaScript a conditional question says when it applies. */
  conditionHint?: string
}

/**
 * What the server knows of an answer kind without drawing it: how its post is validated,
 * whether it repeats, its largest answer. Free of JSX, so the CLI can load it in Node.
 */
export interface KindFacts<K extends QuestionKind> {
  /** Zod schema from the raw posted values (absent or strings) to the stored answer. */
  answer: (
    question: QuestionOf<K>,
    m: Messages
  ) => z.ZodMiniType<AnswerValue | undefined, string[] | undefined>
  /** Whether the kind posts several values under one name. */
  repeats: boolean
  /**
   * The answer that takes the most bytes once stored as JSON: the sealed pool pads every
   * submit of a form version to the size of all questions answered this way.
   */
  largest: (question: QuestionOf<K>) => AnswerValue
  /** What a question of this kind holds beyond its text, hint, condition and whether it is required. */
  parts: KindParts
  /** The settings a new question of this kind starts with in the builder. */
  starts: Partial<QuestionOf<K>>
}

/**
 * The parts of a question a kind has, so the builder offers each field where it applies and
 * the findings know what to compute.
 */
export interface KindParts {
  /** Answers are points on a scale, so a mean and its interval mean something. */
  numeric: boolean
  /** A list of 2–20 options, each a value and its text in both languages. */
  options: boolean
  /** The words at both ends of the scale. */
  ends: boolean
  /** Whether participants may say they cannot answer. */
  noAnswer: boolean
  /** The readiness dimension the answers count towards. */
  dimension: boolean
  /** Whether a text answer names what helped or what hindered. */
  side: boolean
  /** A limit of characters. */
  maxLength: boolean
  /** The fewest and most options one may choose. */
  range: boolean
}

/** One answer kind: its facts and how it is drawn. */
export interface KindSpec<K extends QuestionKind> extends KindFacts<K> {
  Field: (props: FieldProps<K>) => Child
}
