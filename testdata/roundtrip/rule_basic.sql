-- Rewrite rules on tables and views.
CREATE TABLE log (id integer, note text, at timestamptz DEFAULT now());
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE RULE entry_log AS ON INSERT TO entry DO ALSO INSERT INTO log (id, note) VALUES (new.id, 'added ' || new.note);
CREATE RULE entry_no_delete AS ON DELETE TO entry WHERE old.id < 10 DO INSTEAD NOTHING;
CREATE VIEW entry_v AS SELECT id, note FROM entry;
CREATE RULE entry_v_update AS ON UPDATE TO entry_v DO INSTEAD UPDATE entry SET note = new.note WHERE entry.id = old.id;
CREATE RULE entry_v_insert AS ON INSERT TO entry_v DO INSTEAD INSERT INTO entry VALUES (new.id, new.note) RETURNING id, note;
CREATE RULE entry_two AS ON UPDATE TO log DO (INSERT INTO entry VALUES (1, 'x'); DELETE FROM entry WHERE id = 2);
COMMENT ON RULE entry_log ON entry IS 'audit';
ALTER TABLE entry DISABLE RULE entry_no_delete;
