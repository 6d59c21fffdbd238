-- Triggers and their function are added (old side: the table only).
CREATE TABLE item (id integer PRIMARY KEY, name text, updated_at timestamptz);
