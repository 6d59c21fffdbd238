-- Check constraints and their generated names: one column (t_a_check), several columns (t_check), table-level, collisions (t_check1), named.
CREATE TABLE t (
    a integer CHECK (a > 0),
    b integer CHECK (b > a),
    c integer CHECK (c > 0) CHECK (c < 100),
    d text,
    e text CONSTRAINT e_nonempty CHECK (e <> ''),
    CHECK (a < 1000),
    CHECK (a + b > 0),
    CHECK (d IS NOT NULL OR e IS NOT NULL),
    CHECK (true),
    CONSTRAINT t_named CHECK (length(d) BETWEEN 1 AND 10)
);
ALTER TABLE t ADD CHECK (c <> 50);
ALTER TABLE t ADD CHECK (d ~ '^[a-z]+$' AND e IN ('x', 'y'));
