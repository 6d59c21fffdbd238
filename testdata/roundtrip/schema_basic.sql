-- Schemas: CREATE SCHEMA, IF NOT EXISTS (new and already existing), AUTHORIZATION, and tables in them.
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA IF NOT EXISTS public;
CREATE SCHEMA billing AUTHORIZATION postgres;
CREATE TABLE app.accounts (id integer);
CREATE TABLE audit.log (id bigint, note text);
CREATE TABLE billing.invoices (id integer);
