CREATE TABLE nodes (tree integer, id integer, parent integer, CONSTRAINT nodes_pk PRIMARY KEY (tree, id),
 CONSTRAINT nodes_parent_fk FOREIGN KEY (tree, parent) REFERENCES nodes (tree, id) MATCH FULL DEFERRABLE INITIALLY DEFERRED);
