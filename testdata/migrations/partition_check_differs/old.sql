-- A table whose check has the name of its future parent's but another
-- expression becomes a partition, and back (old side: standalone).
CREATE TABLE m (id integer NOT NULL, n integer CHECK (n > 0)) PARTITION BY LIST (id);
CREATE TABLE m_1 (id integer NOT NULL, n integer, CONSTRAINT m_n_check CHECK (n > 1));
