-- A partition in another schema is created (old side).
CREATE SCHEMA old_data;
CREATE TABLE m (at date NOT NULL) PARTITION BY RANGE (at);
