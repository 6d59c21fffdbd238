-- Self-referencing foreign keys: a tree (parent_id) inline, and a composite one added later.
CREATE TABLE node (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES node (id) ON DELETE CASCADE,
    root_id integer REFERENCES node
);
CREATE TABLE pair (a integer, b integer, pa integer, pb integer, UNIQUE (a, b));
ALTER TABLE pair ADD FOREIGN KEY (pa, pb) REFERENCES pair (a, b);
