CREATE TYPE address AS (street text, city text);
CREATE TABLE customer (id integer, home address, others address[]);
