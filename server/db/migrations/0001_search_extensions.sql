-- Accent- and typo-tolerant French search, used by the catalogue, journeys and verbatims.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tutti_french') THEN
    CREATE TEXT SEARCH CONFIGURATION tutti_french (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION tutti_french
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
END
$$;
--> statement-breakpoint
-- Only one membership per person and organisation.
CREATE UNIQUE INDEX IF NOT EXISTS member_organization_user_unique ON "member" ("organizationId", "userId");
