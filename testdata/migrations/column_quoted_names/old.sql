-- Columns whose names need quoting are added and changed (old side).
CREATE TABLE "My Table" ("Id" integer, "select" text);
