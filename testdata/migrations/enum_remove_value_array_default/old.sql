-- A value is removed from an enum used by an array column with a default (old side).
CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE role (name text, perms perm[] NOT NULL DEFAULT '{read}');
