-- Joins: star expansion over USING and NATURAL joins, outer joins, aliases.
CREATE TABLE author (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id integer PRIMARY KEY, author_id integer REFERENCES author, title text);
CREATE TABLE review (book_id integer, id integer, stars smallint);
CREATE VIEW book_author AS SELECT * FROM book b JOIN (SELECT id AS aid, name FROM author) a ON a.aid = b.author_id;
CREATE VIEW book_using AS SELECT * FROM book JOIN review USING (id);
CREATE VIEW book_natural AS SELECT * FROM book NATURAL JOIN review;
CREATE VIEW book_left AS SELECT b.title, r.stars FROM book AS b LEFT JOIN review AS r ON r.book_id = b.id AND r.stars > 3;
CREATE VIEW book_cross AS SELECT a.name, b.title FROM author a CROSS JOIN book b;
CREATE VIEW book_comma AS SELECT author.name, title FROM author, book WHERE author.id = book.author_id;
CREATE VIEW book_three AS SELECT a.name, b.title, r.stars FROM author a JOIN book b ON b.author_id = a.id RIGHT JOIN review r ON r.book_id = b.id;
CREATE VIEW book_star_alias AS SELECT b.*, a.name FROM book b, author a WHERE a.id = b.author_id;
