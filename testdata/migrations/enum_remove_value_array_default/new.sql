-- A value is removed from an enum used by an array column with a default (new side).
CREATE TYPE perm AS ENUM ('read', 'write');
CREATE TABLE role (name text, perms perm[] NOT NULL DEFAULT '{read}');
