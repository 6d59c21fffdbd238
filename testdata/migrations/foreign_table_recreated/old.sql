-- A foreign table changes server and another its column order: both are created again (they hold no data) (old side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE SERVER s2 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE moved (a integer) SERVER s1;
CREATE FOREIGN TABLE reordered (a integer, b text) SERVER s1;
