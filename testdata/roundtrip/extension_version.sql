-- An extension installed at a version that is not its default (VERSION), and one at its default.
CREATE EXTENSION hstore VERSION '1.6';
CREATE EXTENSION citext;
