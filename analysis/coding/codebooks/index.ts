/**
 * The version of the codebook a survey is coded with when it names none. Surveys store it (it is
 * the column's default in migration 0012), so the shipped codebook keeps this id when its signals
 * change; `CODER_VERSION`, which is part of every tally's basis, is raised instead, so no tally
 * mixes codings of two of its states. Its file is worker/assets/codebooks/default.v1.json: a
 * static asset the Worker reads through its ASSETS binding (worker size), and the CLI and the
 * tests import.
 */
export const DEFAULT_CODEBOOK_VERSION = 'default-1'
