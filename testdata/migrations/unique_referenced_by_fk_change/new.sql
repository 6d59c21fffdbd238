-- A unique constraint referenced by a foreign key is replaced (new side).
CREATE TABLE parent (code text, CONSTRAINT parent_code_key UNIQUE (code) WITH (fillfactor = 70));
CREATE TABLE child (code text REFERENCES parent (code));
