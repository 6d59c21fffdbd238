-- Composite foreign keys: column order differing from the referenced key, and several into one table.
CREATE TABLE p (x integer, y text, z date, PRIMARY KEY (x, y, z));
CREATE TABLE c (
    id integer,
    cy text,
    cx integer,
    cz date,
    FOREIGN KEY (cx, cy, cz) REFERENCES p (x, y, z),
    FOREIGN KEY (cx, cy, cz) REFERENCES p
);
CREATE TABLE d (y text, x integer, z date);
ALTER TABLE d ADD CONSTRAINT d_fk FOREIGN KEY (x, y, z) REFERENCES p (x, y, z) ON UPDATE CASCADE;
