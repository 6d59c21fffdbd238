-- A text column becomes uuid (needs USING) (new side).
CREATE TABLE t (ref uuid);
