-- Views come to select from each other while the type of a column under
-- them changes (the golden plan view_cycle_pair): dropped and created
-- again, first versions before the queries, and back.
CREATE TABLE projects (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM projects;
CREATE VIEW w AS SELECT id, name FROM v;
CREATE VIEW x AS SELECT id FROM w;
