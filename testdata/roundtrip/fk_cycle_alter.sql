-- A foreign-key cycle between two tables (and across schemas), closed with ALTER TABLE ... ADD CONSTRAINT.
CREATE SCHEMA hr;
CREATE TABLE departments (id integer PRIMARY KEY, manager_id integer);
CREATE TABLE hr.employees (id integer PRIMARY KEY, department_id integer REFERENCES departments);
ALTER TABLE departments ADD CONSTRAINT departments_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES hr.employees (id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
