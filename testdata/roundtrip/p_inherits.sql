-- INHERITS children merge columns like PostgreSQL (inherited, merged with local definitions, several parents) and inherit CHECK constraints.
CREATE TABLE base (id integer NOT NULL, note text DEFAULT 'n', CONSTRAINT base_id_check CHECK (id > 0), CHECK (note <> '') NO INHERIT);
CREATE TABLE extra (flag boolean DEFAULT false, id integer);
CREATE TABLE child (note text DEFAULT 'c', own integer CHECK (own > 0)) INHERITS (base, extra);
CREATE TABLE child2 (id integer, CONSTRAINT base_id_check CHECK (id > 0)) INHERITS (base);
ALTER TABLE base ADD CONSTRAINT base_note_len CHECK (length(note) < 100);
ALTER TABLE base ADD COLUMN later integer DEFAULT 7;
CREATE TABLE child_check_name (x integer CHECK (x > 0)) INHERITS (child);
