-- UNIQUE NULLS NOT DISTINCT and NULLS DISTINCT on constraints and unique indexes (PostgreSQL 15+).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE n (
    a integer UNIQUE NULLS NOT DISTINCT,
    b integer,
    c integer,
    d integer UNIQUE NULLS DISTINCT,
    CONSTRAINT n_bc UNIQUE NULLS NOT DISTINCT (b, c)
);
CREATE UNIQUE INDEX n_d_nnd ON n (d) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX n_c_nd ON n (c) NULLS DISTINCT;
