-- A partitioned table changes its partition key (recreated) (new side).
CREATE TABLE m (a integer NOT NULL, b integer NOT NULL) PARTITION BY RANGE (b);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
