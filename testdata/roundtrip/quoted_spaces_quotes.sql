-- Identifiers with spaces, double quotes, single quotes, dots, backslashes and leading digits, with generated constraint and sequence names.
CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."my ""quoted"" table" (
    "id col" serial PRIMARY KEY,
    "it's" text UNIQUE,
    "a.b" integer CHECK ("a.b" > 0),
    "back\slash" text,
    "1st" integer,
    "$dollar" text,
    " lead and trail " text
);
CREATE INDEX ON "my schema"."my ""quoted"" table" ("it's", "a.b");
CREATE TABLE "my schema"."child ""table""" (
    ref integer REFERENCES "my schema"."my ""quoted"" table"
);
COMMENT ON COLUMN "my schema"."my ""quoted"" table"."it's" IS 'it''s quoted';
