-- NOT NULL columns: inline, via ALTER COLUMN SET NOT NULL, dropped again (DROP NOT NULL), explicit NULL, and PK-implied.
CREATE TABLE t (
    a integer NOT NULL,
    b text NULL,
    c text,
    d date NOT NULL DEFAULT CURRENT_DATE,
    e integer PRIMARY KEY,
    f boolean NOT NULL,
    g integer NOT NULL NOT NULL
);
ALTER TABLE t ALTER COLUMN c SET NOT NULL;
ALTER TABLE ONLY t ALTER COLUMN f DROP NOT NULL;
