-- A value is removed from an enum that no column uses (new side).
CREATE TYPE status AS ENUM ('a', 'c');
