-- An integer column becomes numeric (new side).
CREATE TABLE t (amount numeric(10,2));
