-- Rules are added (new side) or dropped (old side).
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE TABLE log (id integer, note text);
CREATE VIEW entry_v AS SELECT id, note FROM entry;
CREATE RULE entry_log AS ON INSERT TO entry DO ALSO INSERT INTO log VALUES (new.id, new.note);
CREATE RULE entry_v_ins AS ON INSERT TO entry_v DO INSTEAD INSERT INTO entry VALUES (new.id, new.note);
COMMENT ON RULE entry_log ON entry IS 'audit';
