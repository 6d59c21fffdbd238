-- Enum values that need quoting are added (old side).
CREATE TYPE "Odd Type" AS ENUM ('it''s', 'a b');
