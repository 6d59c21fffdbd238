-- Views over views, across schemas, resolved through search_path.
CREATE SCHEMA app;
CREATE TABLE app.customer (id integer PRIMARY KEY, name text, active boolean DEFAULT true);
SET search_path = app, public;
CREATE VIEW active_customer AS SELECT id, name FROM customer WHERE active;
CREATE VIEW public.customer_names AS SELECT name FROM active_customer;
SET search_path = public;
CREATE VIEW customer_upper AS SELECT upper(name) AS name FROM customer_names WHERE name <> 'x';
CREATE VIEW customer_count AS SELECT count(*) AS n FROM app.active_customer c JOIN customer_names n ON n.name = c.name;
