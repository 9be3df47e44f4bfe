/** How far a stored report's emails got: queued, sent, failed on their last attempt. */
export interface Delivery {
  recipients: number
  sent: number
  failed: number
  /** When the last of its emails went out (ISO time), if any did. */
  lastSentAt: string | null
}

/** A stored report as the dashboard lists it, with the state of its emails. */
export interface ReportListing {
  id: string
  surveyId: string
  /** The survey's title as the report stored it. */
  title: { de: string; en: string }
  /** The report's period as it names it: the ISO week, or the closed wave's label. */
  period: string
  waveLabel: string | null
  /** The release of the wave the report shows; `null` if none can be told. */
  releaseSeq: number | null
  createdOn: string
  codebookVersion: string
  delivery: Delivery
}

type ListingRow = {
  id: string
  survey_id: string
  title_de: string
  title_en: string
  period: string
  wave_label: string | null
  release_seq: number | null
  created_on: string
  codebook_version: string
  recipients: number
  sent: number
  failed: number
  last_sent_at: string | null
}

const toListing = (r: ListingRow): ReportListing => ({
  id: r.id,
  surveyId: r.survey_id,
  title: { de: r.title_de, en: r.title_en },
  period: r.period,
  waveLabel: r.wave_label,
  releaseSeq: r.release_seq,
  createdOn: r.created_on,
  codebookVersion: r.codebook_version,
  delivery: {
    recipients: r.recipients,
    sent: r.sent,
    failed: r.failed,
    lastSentAt: r.last_sent_at,
  },
})

// Reports built before release_seq was kept name their release by its response count.
const LISTING = `SELECT r.id, r.survey_id, r.created_on, r.codebook_version,
    json_extract(r.model, '$.survey.title.de') AS title_de,
    json_extract(r.model, '$.survey.title.en') AS title_en,
    json_extract(r.model, '$.period') AS period,
    w.label AS wave_label,
    COALESCE(r.release_seq, (SELECT MAX(l.seq) FROM releases l
      WHERE l.wave_id = r.wave_id AND l.responses = r.responses)) AS release_seq,
    (SELECT COUNT(*) FROM outbox o WHERE o.report_id = r.id) AS recipients,
    (SELECT COUNT(*) FROM outbox o WHERE o.report_id = r.id AND o.sent_at IS NOT NULL) AS sent,
    (SELECT COUNT(*) FROM outbox o WHERE o.report_id = r.id AND o.sent_at IS NULL
      AND o.last_error IS NOT NULL) AS failed,
    (SELECT MAX(o.sent_at) FROM outbox o WHERE o.report_id = r.id) AS last_sent_at
  FROM reports r LEFT JOIN waves w ON w.id = r.wave_id
  WHERE r.status = 'ready'`

/** Every finished report, newest first; only one survey's with `surveyId`. */
export async function listReportListings(
  db: D1Database,
  surveyId?: string
): Promise<ReportListing[]> {
  const { results } = await db
    .prepare(
      `${LISTING} AND (?1 IS NULL OR r.survey_id = ?1) ORDER BY r.created_on DESC, r.period DESC`
    )
    .bind(surveyId ?? null)
    .all<ListingRow>()
  return results.map(toListing)
}

/** One finished report as listed, or `null`. */
export async function findReportListing(db: D1Database, id: string): Promise<ReportListing | null> {
  const row = await db.prepare(`${LISTING} AND r.id = ?1`).bind(id).first<ListingRow>()
  return row ? toListing(row) : null
}
