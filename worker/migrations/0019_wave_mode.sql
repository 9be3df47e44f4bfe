-- A wave is answered either through personal invitation links (the default) or through its
-- survey's open link, chosen when it is opened. The open link of an invitation wave stores
-- nothing, so nobody can pad an invitation wave with answers of their own through it.
ALTER TABLE waves ADD COLUMN mode TEXT NOT NULL DEFAULT 'invitations'
  CHECK (mode IN ('invitations', 'open'));

-- Waves from before were answered both ways. Those answered through the open link become
-- open-link waves: the demo waves `npm start` installs (ids from worker/db/shipped.ts), and
-- every wave with answers, readable or pooled, but no invitation at all. Every other wave,
-- one with invitations or one without any answer yet, is an invitation wave.
UPDATE waves SET mode = 'open'
WHERE id = (SELECT 'wave-' || s.slug || '-1' FROM surveys s
            WHERE s.id = waves.survey_id AND s.id = 'survey-' || s.slug)
   OR (NOT EXISTS (SELECT 1 FROM invitations i WHERE i.wave_id = waves.id)
       AND (EXISTS (SELECT 1 FROM responses r WHERE r.wave_id = waves.id)
            OR EXISTS (SELECT 1 FROM sealed_pool p WHERE p.wave_id = waves.id)));
