-- roles: strata_remote_reader
-- User mappings are added, dropped and change options (new side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE SERVER s2 FOREIGN DATA WRAPPER dummy;
CREATE USER MAPPING FOR strata_remote_reader SERVER s1 OPTIONS (user 'reader', password 'changed');
CREATE USER MAPPING FOR CURRENT_USER SERVER s2 OPTIONS (user 'me');
