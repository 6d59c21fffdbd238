-- Indexes whose expression keys have statistics targets are created (new side): the targets follow CREATE INDEX / ADD CONSTRAINT; on a new table too.
CREATE TABLE t (a integer, b text);
