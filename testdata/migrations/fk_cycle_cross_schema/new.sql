-- A foreign-key cycle across two schemas (new side).
CREATE SCHEMA hr;
CREATE TABLE dept (id integer PRIMARY KEY, manager_id integer);
CREATE TABLE hr.emp (id integer PRIMARY KEY, dept_id integer REFERENCES dept);
ALTER TABLE dept ADD CONSTRAINT dept_manager_fkey FOREIGN KEY (manager_id) REFERENCES hr.emp DEFERRABLE INITIALLY DEFERRED;
