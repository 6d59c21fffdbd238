-- A table is attached to a parent with a primary key and a foreign key (old side).
CREATE TABLE owner (id integer PRIMARY KEY);
CREATE TABLE m (id integer NOT NULL, at date NOT NULL, owner_id integer REFERENCES owner, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE m_2024 (id integer NOT NULL, at date NOT NULL, owner_id integer);
