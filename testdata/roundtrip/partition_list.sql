-- LIST partitioning: several values, NULL in a list, a DEFAULT partition, text and integer keys, and an enum key.
CREATE TYPE region AS ENUM ('eu', 'us', 'asia', 'other');
CREATE TABLE customers (id integer, country text, r region) PARTITION BY LIST (country);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('DE', 'FR', 'IT');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('US');
CREATE TABLE customers_null PARTITION OF customers FOR VALUES IN (NULL);
CREATE TABLE customers_other PARTITION OF customers DEFAULT;
CREATE TABLE byint (k integer) PARTITION BY LIST (k);
CREATE TABLE byint_small PARTITION OF byint FOR VALUES IN (1, 2, 3, -1, NULL);
CREATE TABLE byregion (r region) PARTITION BY LIST (r);
CREATE TABLE byregion_west PARTITION OF byregion FOR VALUES IN ('eu', 'us');
CREATE TABLE byregion_rest PARTITION OF byregion FOR VALUES IN ('asia', 'other');
