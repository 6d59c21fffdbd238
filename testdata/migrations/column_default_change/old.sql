-- A column's default changes (old side).
CREATE TABLE t (at timestamptz DEFAULT now(), s text DEFAULT 'a');
