-- Unique constraints: column-level, table-level multi-column, named, added by ALTER TABLE, and two on the same columns.
CREATE TABLE u (
    a integer UNIQUE,
    b text,
    c text,
    d integer CONSTRAINT d_is_unique UNIQUE,
    UNIQUE (b, c),
    CONSTRAINT u_c_b UNIQUE (c, b)
);
ALTER TABLE u ADD UNIQUE (d, a);
ALTER TABLE ONLY u ADD CONSTRAINT u_named UNIQUE (a, b, c);
