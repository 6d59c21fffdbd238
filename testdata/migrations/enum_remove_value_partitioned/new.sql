-- A value is removed from an enum used by a column of a partitioned table (new side).
CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE sale (r region NOT NULL, amount numeric) PARTITION BY LIST (r);
CREATE TABLE sale_eu PARTITION OF sale FOR VALUES IN ('eu');
