-- A table is attached to a parent with an index (the partition gets a clone; detaching leaves it behind) (old side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX m_id ON m (id);
CREATE TABLE m_2024 (id integer NOT NULL, at date NOT NULL);
