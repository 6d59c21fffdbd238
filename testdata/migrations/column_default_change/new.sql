-- A column's default changes (new side).
CREATE TABLE t (at timestamptz DEFAULT (now() + interval '1 day'), s text DEFAULT 'b');
