-- A column changes from one enum type to another (old side).
CREATE TYPE old_kind AS ENUM ('x', 'y');
CREATE TYPE new_kind AS ENUM ('x', 'y', 'z');
CREATE TABLE t (k old_kind);
