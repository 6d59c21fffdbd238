-- A new sequence is used by a column default (old side).
CREATE TABLE invoice (no bigint);
