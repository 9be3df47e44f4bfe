-- A wave answers the form version that was current when it opened, so a version published
-- while it runs applies from the next wave: one wave's sealed pool never mixes two forms.
ALTER TABLE waves ADD COLUMN form_version INTEGER;

UPDATE waves SET form_version = (SELECT current_version FROM surveys s WHERE s.id = waves.survey_id);
