-- serial columns whose default sequence name t_col_seq is taken, so PostgreSQL picks t_col_seq1; long names truncated.
CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id serial, id2 serial);
CREATE TABLE t_id (seq serial);
CREATE TABLE a_table_name_that_is_rather_long_for_this_purpose_xxxxxxxxxxxx (column_name_also_long_enough serial);
CREATE TABLE a_table_name_that_is_rather_long_for_this_purpose_yyyyyyyyyyyy (column_name_also_long_enough serial);
