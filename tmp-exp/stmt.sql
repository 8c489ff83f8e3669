    WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(
        "keyHash" text, "surveyId" uuid, version xid, locale text, consent boolean, "invitationId" uuid, email text, "isFinal" boolean, answers jsonb)
    ), current AS (
      SELECT i.*, s.organisation_id, s.stakeholder_type_id, s.programme_id, s.cohort
        FROM input i
        JOIN surveys s ON s.id = i."surveyId" AND s.xmin = i.version AND s.status = 'open'
                      AND (s.opens_at IS NULL OR s.opens_at <= now()) AND (s.closes_at IS NULL OR s.closes_at > now())
    ), response AS (
      INSERT INTO survey_responses (organisation_id, survey_id, locale, status, resume_token_hash, consent_to_contact, invitation_id,
                                    respondent_email, stakeholder_type_id, programme_id, cohort, submitted_on, answers)
      -- The audience is copied when the answer is final, so that breakdowns do not change afterwards.
      SELECT organisation_id, "surveyId", locale, CASE WHEN "isFinal" THEN 'complete' ELSE 'partial' END, "keyHash", consent, "invitationId", email,
             CASE WHEN "isFinal" THEN stakeholder_type_id END, CASE WHEN "isFinal" THEN programme_id END,
             CASE WHEN "isFinal" THEN cohort ELSE '' END, CASE WHEN "isFinal" THEN current_date END, answers
        FROM current
      ON CONFLICT (resume_token_hash) DO NOTHING
      RETURNING id, resume_token_hash
    )
    SELECT i."keyHash", r.id, c."keyHash" IS NOT NULL AS "isCurrent"
      FROM input i
      LEFT JOIN current c ON c."keyHash" = i."keyHash"
      LEFT JOIN response r ON r.resume_token_hash = i."keyHash"