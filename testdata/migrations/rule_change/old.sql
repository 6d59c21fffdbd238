-- A rule's definition, state and comment change.
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE TABLE log (id integer, note text);
CREATE RULE entry_log AS ON INSERT TO entry DO ALSO INSERT INTO log VALUES (new.id, new.note);
CREATE RULE entry_keep AS ON DELETE TO entry DO INSTEAD NOTHING;
