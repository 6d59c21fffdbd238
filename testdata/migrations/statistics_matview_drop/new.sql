CREATE SCHEMA stx;
CREATE TABLE src (a integer, b integer, c text);
