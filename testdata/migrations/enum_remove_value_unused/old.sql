-- A value is removed from an enum that no column uses (old side).
CREATE TYPE status AS ENUM ('a', 'b', 'c');
