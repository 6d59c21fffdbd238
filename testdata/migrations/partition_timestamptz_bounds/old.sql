-- Partitions by timestamptz are created (old side).
CREATE TABLE ev (at timestamptz NOT NULL) PARTITION BY RANGE (at);
