-- A text column becomes an enum (needs USING) (new side).
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (c color);
