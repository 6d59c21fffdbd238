-- A table without a copy of its future parent's CHECK becomes a partition
-- (the plan adds the copy first: ATTACH PARTITION requires it), and back
-- (new side: a partition).
CREATE TABLE m (id integer NOT NULL, n integer CHECK (n > 0), CONSTRAINT m_id_check CHECK (id < 100)) PARTITION BY LIST (id);
CREATE TABLE m_1 PARTITION OF m FOR VALUES IN (1);
