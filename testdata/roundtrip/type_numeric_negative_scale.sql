-- numeric with a negative or larger-than-precision scale, numeric(3,-1) and numeric(2,5) (PostgreSQL 15+).
-- requires: SELECT current_setting('server_version_num')::int >= 150000
CREATE TABLE n (
    a numeric(3,-1),
    b numeric(2,5),
    c numeric(1000,-1000) DEFAULT 0
);
