CREATE SCHEMA ext;
CREATE EXTENSION citext SCHEMA ext;
CREATE TABLE users (email ext.citext NOT NULL);
