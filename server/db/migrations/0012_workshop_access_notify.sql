-- Live sockets outlive the request that authorised them (issue 10, finding 7). Every write that can
-- take away someone's access — whoever makes it: our routes, better-auth's own endpoints, a cascade,
-- psql — NOTIFYs channel tutti_access with 'u:<user id>' (or 'w:<workshop id>' for the whole room);
-- every node re-checks the sockets concerned and closes those no longer allowed
-- (server/realtime/workshop-access.ts). Delivered at commit; identical payloads of one transaction
-- are sent once.
CREATE OR REPLACE FUNCTION tutti_notify_access_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tutti_access', 'u:' || OLD."userId");
  IF TG_OP = 'UPDATE' AND NEW."userId" IS DISTINCT FROM OLD."userId" THEN
    PERFORM pg_notify('tutti_access', 'u:' || NEW."userId");
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS member_access_changed ON "member";
--> statement-breakpoint
CREATE TRIGGER member_access_changed AFTER DELETE OR UPDATE OF "role", "organizationId", "userId" ON "member"
  FOR EACH ROW EXECUTE FUNCTION tutti_notify_access_member();
--> statement-breakpoint
-- Sign-out, revocation and expiry brought forward; not better-auth's daily refresh (expiry moved later).
CREATE OR REPLACE FUNCTION tutti_notify_access_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW."expiresAt" < OLD."expiresAt" OR NEW."token" IS DISTINCT FROM OLD."token" OR NEW."userId" IS DISTINCT FROM OLD."userId" THEN
    PERFORM pg_notify('tutti_access', 'u:' || OLD."userId");
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_access_changed ON "session";
--> statement-breakpoint
CREATE TRIGGER session_access_changed AFTER DELETE OR UPDATE ON "session"
  FOR EACH ROW EXECUTE FUNCTION tutti_notify_access_session();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tutti_notify_access_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tutti_access', 'u:' || OLD."id");
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS user_access_changed ON "user";
--> statement-breakpoint
CREATE TRIGGER user_access_changed AFTER DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION tutti_notify_access_user();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tutti_notify_access_participant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tutti_access', 'u:' || OLD."user_id");
  IF TG_OP = 'UPDATE' AND NEW."user_id" IS DISTINCT FROM OLD."user_id" THEN
    PERFORM pg_notify('tutti_access', 'u:' || NEW."user_id");
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS workshop_participants_access_changed ON "workshop_participants";
--> statement-breakpoint
CREATE TRIGGER workshop_participants_access_changed AFTER DELETE OR UPDATE OF "role", "user_id", "workshop_id", "organisation_id" ON "workshop_participants"
  FOR EACH ROW EXECUTE FUNCTION tutti_notify_access_participant();
--> statement-breakpoint
-- An archived (or deleted) workshop closes its room for everyone.
CREATE OR REPLACE FUNCTION tutti_notify_access_workshop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (NEW."archived_at" IS NOT NULL AND OLD."archived_at" IS NULL) OR NEW."organisation_id" IS DISTINCT FROM OLD."organisation_id" THEN
    PERFORM pg_notify('tutti_access', 'w:' || OLD."id");
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS workshops_access_changed ON "workshops";
--> statement-breakpoint
CREATE TRIGGER workshops_access_changed AFTER DELETE OR UPDATE OF "archived_at", "organisation_id" ON "workshops"
  FOR EACH ROW EXECUTE FUNCTION tutti_notify_access_workshop();
