-- A value is replaced by another (no rename detection) (new side).
CREATE TYPE shade AS ENUM ('light', 'dim');
CREATE TABLE theme (s shade);
