-- Partitions with objects of their own (not cloned): an extra index, check and comment on one partition, and partition-level storage parameters.
CREATE TABLE p (id integer NOT NULL, v text) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p (CONSTRAINT p1_v_check CHECK (v <> '')) FOR VALUES FROM (0) TO (100) WITH (fillfactor = 60);
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (100) TO (200);
CREATE INDEX p1_v ON p1 (v);
COMMENT ON TABLE p1 IS 'first partition';
COMMENT ON COLUMN p1.v IS 'the partition''s v';
