-- Values of a domain type are cast to the base type where operators use them.
CREATE DOMAIN color AS integer CHECK (VALUE >= 0);
CREATE DOMAIN label AS varchar(20);
CREATE TABLE paint (id integer, c color, l label);
CREATE VIEW paint_v AS SELECT id, c, (c / 2)::color AS dark, l, l || '!' AS loud FROM paint WHERE c > 3 ORDER BY c;
