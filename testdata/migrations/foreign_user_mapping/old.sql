-- roles: strata_remote_reader
-- User mappings are added, dropped and change options (old side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE USER MAPPING FOR PUBLIC SERVER s1 OPTIONS (user 'anyone');
CREATE USER MAPPING FOR strata_remote_reader SERVER s1 OPTIONS (user 'reader', password 'secret');
