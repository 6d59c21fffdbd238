-- A foreign key to a table in another schema is added (new side).
CREATE SCHEMA ref;
CREATE TABLE ref.country (code char(2) PRIMARY KEY);
CREATE TABLE address (country char(2) CONSTRAINT address_country_fkey REFERENCES ref.country);
