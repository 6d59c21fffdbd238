-- A schema holding tables with triggers and policies, and the functions they call, is renamed.
CREATE SCHEMA old_app;
CREATE TABLE old_app.t (id integer, owner name, ref integer);
CREATE TABLE old_app.r (id integer);
CREATE FUNCTION old_app.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION old_app.me() RETURNS name LANGUAGE sql STABLE AS $$ SELECT current_user $$;
CREATE TRIGGER t_ins BEFORE INSERT ON old_app.t FOR EACH ROW EXECUTE FUNCTION old_app.trg();
CREATE CONSTRAINT TRIGGER t_ref AFTER INSERT ON old_app.t FROM old_app.r FOR EACH ROW EXECUTE FUNCTION old_app.trg();
ALTER TABLE old_app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON old_app.t USING (owner = old_app.me());
ALTER SCHEMA old_app RENAME TO new_app;
CREATE TABLE new_app.moved (id integer);
CREATE TRIGGER m BEFORE INSERT ON new_app.moved FOR EACH ROW EXECUTE FUNCTION new_app.trg();
CREATE SCHEMA other;
ALTER TABLE new_app.moved SET SCHEMA other;
