-- Rules are added (new side) or dropped (old side).
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE TABLE log (id integer, note text);
CREATE VIEW entry_v AS SELECT id, note FROM entry;
