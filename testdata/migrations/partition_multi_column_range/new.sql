-- A multi-column range partition's bounds change, with MINVALUE and MAXVALUE (new side).
CREATE TABLE m (y integer NOT NULL, q integer NOT NULL) PARTITION BY RANGE (y, q);
CREATE TABLE m_a PARTITION OF m FOR VALUES FROM (MINVALUE, MINVALUE) TO (2021, MAXVALUE);
