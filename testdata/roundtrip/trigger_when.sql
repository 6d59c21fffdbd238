-- WHEN conditions over OLD and NEW columns, canonicalized like check constraints.
CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE task (id integer PRIMARY KEY, title varchar(100), st state NOT NULL DEFAULT 'new', score integer, done_at date);

CREATE FUNCTION task_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER title_changed BEFORE UPDATE ON task FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION task_changed();
CREATE TRIGGER done BEFORE UPDATE OF st ON task FOR EACH ROW
    WHEN (NEW.st = 'done' AND old.st <> 'done') EXECUTE FUNCTION task_changed();
CREATE TRIGGER any_change AFTER UPDATE ON task FOR EACH ROW
    WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION task_changed();
CREATE TRIGGER scored BEFORE INSERT ON task FOR EACH ROW
    WHEN ((new.score BETWEEN 1 AND 10) OR new.title IN ('a', 'b') OR new.done_at > '2024-01-01') EXECUTE FUNCTION task_changed();
CREATE TRIGGER nulls BEFORE INSERT OR UPDATE ON task FOR EACH ROW
    WHEN (NEW.done_at IS NULL AND coalesce(NEW.score, 0) = 0 AND lower(NEW.title) LIKE 'x%') EXECUTE FUNCTION task_changed();
