-- A value is replaced by another (no rename detection) (old side).
CREATE TYPE shade AS ENUM ('light', 'dark');
CREATE TABLE theme (s shade);
