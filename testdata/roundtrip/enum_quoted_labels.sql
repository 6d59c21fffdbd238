-- Enum labels and type names that need quoting: spaces, quotes, case, reserved words, unicode, backslashes.
CREATE TYPE "Weird Enum" AS ENUM ('with space', 'it''s', 'UPPER', 'lower', 'select', 'ünïcödé', 'back\slash', '"dq"', ' lead');
CREATE TYPE "order" AS ENUM ('a');
ALTER TYPE "Weird Enum" ADD VALUE 'new''one' BEFORE 'UPPER';
CREATE TABLE t (w "Weird Enum" DEFAULT 'it''s', o "order");
