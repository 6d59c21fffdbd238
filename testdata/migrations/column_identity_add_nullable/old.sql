-- A nullable column becomes an identity column (which implies NOT NULL) (old side).
CREATE TABLE t (id bigint);
