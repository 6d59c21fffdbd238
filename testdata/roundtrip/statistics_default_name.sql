-- CREATE STATISTICS without a name (PostgreSQL 16+): the name is made from
-- the table and key names ("expr" for an expression) with "_stat", in the
-- table's schema, numbered on collision and cut to 63 bytes.
-- requires: SELECT current_setting('server_version_num')::int >= 160000
CREATE SCHEMA s;
CREATE TABLE s.t (a integer, b integer, c text);
SET search_path = public;
CREATE STATISTICS ON a, b FROM s.t;
CREATE STATISTICS ON b, a FROM s.t;
CREATE STATISTICS ON a, b FROM s.t;
CREATE STATISTICS ON (a + b), c FROM s.t;
CREATE STATISTICS ON (a), c FROM s.t;
CREATE TABLE s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (a_column_with_a_long_name_too integer, another_column_with_a_long_name integer);
CREATE STATISTICS ON a_column_with_a_long_name_too, another_column_with_a_long_name FROM s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on;
CREATE STATISTICS ON a_column_with_a_long_name_too, another_column_with_a_long_name FROM s.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on;
