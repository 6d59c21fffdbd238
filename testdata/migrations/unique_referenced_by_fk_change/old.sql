-- A unique constraint referenced by a foreign key is replaced (old side).
CREATE TABLE parent (code text, CONSTRAINT parent_code_key UNIQUE (code));
CREATE TABLE child (code text REFERENCES parent (code));
