-- DROP FOREIGN TABLE ... CASCADE removes the views over it.
CREATE FOREIGN DATA WRAPPER drop_cascade_w;
CREATE SERVER drop_cascade_s FOREIGN DATA WRAPPER drop_cascade_w;
CREATE FOREIGN TABLE ft (id integer, n text) SERVER drop_cascade_s;
CREATE FOREIGN TABLE ft_keep (id integer) SERVER drop_cascade_s;
CREATE VIEW ftv AS SELECT id FROM ft;
CREATE VIEW ftw AS SELECT id FROM ftv;
CREATE VIEW ft_keep_v AS SELECT id FROM ft_keep;
DROP FOREIGN TABLE ft CASCADE;
