-- An existing table becomes a partition (and back a standalone table) (old side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE m_2024 (id integer NOT NULL, at date NOT NULL);
