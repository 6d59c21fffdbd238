-- Single inheritance (INHERITS): child adds columns, inherits defaults/NOT NULL/checks, and redeclares one column.
CREATE TABLE base (
    id integer NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    kind text CHECK (kind <> ''),
    note text
);
CREATE TABLE child (
    extra integer,
    note text DEFAULT 'child note'
) INHERITS (base);
CREATE TABLE grandchild (g boolean) INHERITS (child);
CREATE TABLE plain_child () INHERITS (base);
