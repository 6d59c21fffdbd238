-- Reserved and keyword names for tables, columns, constraints, indexes, sequences and types: "user", "order", "select", "table", "group".
CREATE TABLE "user" (
    "select" integer PRIMARY KEY,
    "from" text,
    "where" boolean DEFAULT true,
    "order" integer,
    "group" text,
    "check" integer CHECK ("check" > 0),
    "default" text DEFAULT 'default',
    "primary" integer UNIQUE,
    "null" text,
    "desc" integer,
    "limit" integer,
    "column" integer
);
CREATE TABLE "order" (
    "user" integer REFERENCES "user",
    "table" text
);
CREATE INDEX "index" ON "order" ("table" DESC);
CREATE INDEX ON "user" ("order", "group");
CREATE SEQUENCE "sequence";
CREATE TYPE "type" AS ENUM ('enum');
CREATE TABLE "all" ("type" "type", "to" integer DEFAULT nextval('"sequence"'));
CREATE TABLE "table" (id integer, CONSTRAINT "constraint" CHECK (id > 0));
COMMENT ON COLUMN "user"."select" IS 'a reserved word';
