CREATE TYPE address AS (street text, zip varchar(10));
COMMENT ON COLUMN address.zip IS 'postal code';
CREATE TABLE shops (addr address);
