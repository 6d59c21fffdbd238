-- Columns, constraints and indexes of two related tables change at once (new side).
CREATE TABLE author (id bigint PRIMARY KEY, name text NOT NULL, born date);
CREATE TABLE book (id integer PRIMARY KEY, author_id bigint REFERENCES author ON DELETE SET NULL, title text NOT NULL, isbn text UNIQUE);
CREATE INDEX book_title ON book (lower(title));
