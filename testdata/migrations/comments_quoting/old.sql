-- Comments with quotes, backslashes, newlines and unicode (old side).
CREATE TABLE t (id integer);
