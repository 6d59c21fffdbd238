CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
CREATE DOMAIN small_pos AS pos CHECK (VALUE < 10);
CREATE TYPE pair AS (a small_pos, b pos);
CREATE TABLE t (id integer, p pair, s small_pos);
