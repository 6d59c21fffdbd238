-- Columns whose names need quoting are added and changed (new side).
CREATE TABLE "My Table" ("Id" bigint, "select" text NOT NULL, "Új oszlop" text DEFAULT 'x');
