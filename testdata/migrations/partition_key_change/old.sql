-- A partitioned table changes its partition key (recreated) (old side).
CREATE TABLE m (a integer NOT NULL, b integer NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
