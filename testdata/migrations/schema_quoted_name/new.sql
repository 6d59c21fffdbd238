-- A schema whose name needs quotes (new side).
CREATE SCHEMA "Sales Team";
CREATE TABLE "Sales Team"."Lead" ("Id" integer);
