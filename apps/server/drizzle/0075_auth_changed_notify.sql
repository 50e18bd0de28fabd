-- Every server process keeps the sessions it resolved for a few seconds (a request no longer
-- reads its session, user, person and appointments on every call). A change to any of what a
-- session resolves to is announced on the channel `fs_auth`, once per statement, and every
-- process forgets all the sessions it holds: a sign-out, a revoked session, a disabled user, a
-- new role take effect on every process at once, not when a cache entry ages out.
CREATE FUNCTION "auth_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('fs_auth', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sessions_auth_changed"
  AFTER UPDATE OF "csrf_token", "expires_at", "method", "second_factor_at", "user_id" OR DELETE OR TRUNCATE
  ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "auth_changed"();
--> statement-breakpoint
CREATE TRIGGER "users_auth_changed"
  AFTER UPDATE OF "id", "email", "is_system_admin", "locale", "disabled", "person_id", "totp_enabled_at" OR DELETE OR TRUNCATE
  ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "auth_changed"();
--> statement-breakpoint
CREATE TRIGGER "people_auth_changed"
  AFTER UPDATE OF "id", "country_id", "area_id", "zone_id", "organization_id" OR DELETE OR TRUNCATE
  ON "people" FOR EACH STATEMENT EXECUTE FUNCTION "auth_changed"();
--> statement-breakpoint
CREATE TRIGGER "appointments_auth_changed"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "appointments" FOR EACH STATEMENT EXECUTE FUNCTION "auth_changed"();
--> statement-breakpoint
CREATE TRIGGER "stress_counsellors_auth_changed"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "stress_counsellors" FOR EACH STATEMENT EXECUTE FUNCTION "auth_changed"();
