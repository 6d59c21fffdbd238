-- A column's type changes together with its default (new side).
CREATE TABLE t (code text DEFAULT 'none');
