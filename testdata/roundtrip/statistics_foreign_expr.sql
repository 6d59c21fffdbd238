-- Expression statistics on a foreign table (PostgreSQL 14+), converted in
-- the foreign table's column types and collations (a comparison of a
-- varchar column with a literal prints casts the column's type decides).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE FOREIGN DATA WRAPPER stats_expr_w;
CREATE SERVER stats_expr_s FOREIGN DATA WRAPPER stats_expr_w;
CREATE FOREIGN TABLE ft (id integer, price numeric(10,2), name text COLLATE "C", at timestamp, v varchar(20)) SERVER stats_expr_s;
CREATE STATISTICS ft_exprs ON (price * 100), (upper(name)) FROM ft;
CREATE STATISTICS ft_mixed (mcv) ON id, (at::date) FROM ft;
CREATE STATISTICS ft_one ON (id % 10) FROM ft;
CREATE STATISTICS ft_cast ON (v = 'x'), (v || 'y') FROM ft;
