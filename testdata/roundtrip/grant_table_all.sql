-- roles: strata_owner_like, strata_writer
-- GRANT ALL on tables is stored as ALL, whatever the major (PostgreSQL 17
-- adds MAINTAIN to ALL); spelling every privilege out is the same.
CREATE TABLE t (id integer);
CREATE TABLE u (id integer);
GRANT ALL PRIVILEGES ON t TO strata_owner_like;
GRANT ALL ON u TO strata_writer WITH GRANT OPTION;
