-- A primary key column and the foreign key column referencing it widen together (new side).
CREATE TABLE parent (id bigint PRIMARY KEY);
CREATE TABLE child (parent_id bigint REFERENCES parent);
