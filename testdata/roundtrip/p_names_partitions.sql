-- Names PostgreSQL generates for indexes and constraints it clones onto partitions take part in later collisions.
CREATE TABLE p (a integer, b text, c integer, PRIMARY KEY (a, c), UNIQUE (b, a), CHECK (c > 0)) PARTITION BY LIST (a);
CREATE INDEX ON p (lower(b));
CREATE INDEX ON p ((a + c));
CREATE INDEX ON p (b) INCLUDE (c);
CREATE TABLE p1_pkey (x integer);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
CREATE TABLE p2 PARTITION OF p (CONSTRAINT p2_own CHECK (b <> '')) FOR VALUES IN (2) PARTITION BY LIST (a);
CREATE TABLE p2_1 PARTITION OF p2 FOR VALUES IN (2);
CREATE INDEX ON p (c);
CREATE INDEX ON ONLY p (b, c);
CREATE TABLE p3 (a integer NOT NULL, b text, c integer NOT NULL, CONSTRAINT p_c_check CHECK (c > 0));
CREATE INDEX p3_lower_idx ON p3 (lower(b));
CREATE INDEX p3_extra ON p3 (b, a);
ALTER TABLE p ATTACH PARTITION p3 FOR VALUES IN (3);
CREATE TABLE p1_b_a_key1 (x integer);
ALTER TABLE p1 ADD UNIQUE (b, a);
