-- search_path with "$user": a schema named after the current user (postgres) takes precedence over public.
CREATE TABLE before_user_schema (id integer);
CREATE SCHEMA postgres;
SET search_path = "$user", public;
CREATE TABLE in_user_schema (id integer);
CREATE TABLE public.explicit (id integer, r integer);
CREATE TYPE e AS ENUM ('x');
CREATE TABLE uses_e (v e);
SET search_path = nonexistent, public;
CREATE TABLE skipped_missing (id integer);
