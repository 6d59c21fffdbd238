-- A text column becomes an enum (needs USING) (old side).
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (c text);
