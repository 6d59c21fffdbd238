-- A plain column becomes generated (old side).
CREATE TABLE t (first text, last text, full_name text);
