-- A foreign table changes server and another its column order: both are created again (they hold no data) (new side)
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s2 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE moved (a integer) SERVER s2;
CREATE FOREIGN TABLE reordered (b text, a integer) SERVER s2;
