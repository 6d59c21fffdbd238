-- A foreign key to a table in another schema is added (old side).
CREATE SCHEMA ref;
CREATE TABLE ref.country (code char(2) PRIMARY KEY);
CREATE TABLE address (country char(2));
