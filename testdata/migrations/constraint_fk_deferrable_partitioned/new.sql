-- The deferrability of a partitioned table's foreign key changes in place (new side).
CREATE TABLE owner (id integer PRIMARY KEY);
CREATE TABLE m (at date NOT NULL, owner_id integer CONSTRAINT m_owner_id_fkey REFERENCES owner DEFERRABLE INITIALLY DEFERRED) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
