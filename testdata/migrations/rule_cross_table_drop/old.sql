-- Rules that write into other tables: dropping every table must drop those
-- rules first (DROP TABLE of a table another table's rule uses fails).
CREATE TABLE log (id integer, note text);
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE RULE entry_log AS ON INSERT TO entry DO ALSO INSERT INTO log (id, note) VALUES (new.id, new.note);
CREATE RULE log_touch AS ON UPDATE TO log DO ALSO DELETE FROM entry WHERE id = old.id;
CREATE RULE entry_guard AS ON DELETE TO entry WHERE old.id < 10 DO INSTEAD NOTHING;
