-- Enum values that need quoting are added (new side).
CREATE TYPE "Odd Type" AS ENUM ('it''s', 'Ünïcode', 'a b', '');
