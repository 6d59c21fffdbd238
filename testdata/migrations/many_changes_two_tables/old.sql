-- Columns, constraints and indexes of two related tables change at once (old side).
CREATE TABLE author (id integer PRIMARY KEY, name varchar(50));
CREATE TABLE book (id integer PRIMARY KEY, author_id integer REFERENCES author, title text);
CREATE INDEX book_title ON book (title);
