-- A bit column changes length (new side).
CREATE TABLE t (flags bit varying(16));
