-- A column a rule uses changes type: the rule is dropped and created again.
CREATE TABLE entry (id integer PRIMARY KEY, note text);
CREATE TABLE log (id integer, note text);
CREATE RULE entry_log AS ON INSERT TO entry DO ALSO INSERT INTO log VALUES (new.id, new.note);
