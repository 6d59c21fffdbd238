-- Extensions installed WITH SCHEMA into a dedicated schema; their types used qualified and through search_path.
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS hstore SCHEMA extensions;
CREATE TABLE users (
    email extensions.citext NOT NULL,
    attrs extensions.hstore
);
SET search_path = public, extensions;
CREATE TABLE profiles (
    nick citext,
    tags hstore DEFAULT ''::hstore
);
