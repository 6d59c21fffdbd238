-- roles: Strata Mixed, strata-dash, strata_plain
-- Role and object names that need quoting.
CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."My Table" ("My Column" integer);
GRANT USAGE ON SCHEMA "My Schema" TO "Strata Mixed";
GRANT SELECT ON "My Schema"."My Table" TO "Strata Mixed", "strata-dash";
GRANT UPDATE ("My Column") ON "My Schema"."My Table" TO "strata-dash";
GRANT INSERT ON "My Schema"."My Table" TO strata_plain;
