-- Argument defaults, stored coerced to the argument's type.
CREATE FUNCTION f_defaults(
    a integer,
    b text DEFAULT 'x',
    c character(3) = 'ab',
    d numeric DEFAULT 1.5,
    e timestamp with time zone DEFAULT now(),
    f integer[] DEFAULT '{1,2}',
    g bigint DEFAULT 7,
    h boolean DEFAULT NULL,
    i json DEFAULT '[]'
) RETURNS integer
    LANGUAGE sql AS 'SELECT a';

CREATE FUNCTION reset_table(tbl_name text default '', tbl_data json default '[]') returns void as $_$ begin
  perform 1;
end $_$ language plpgsql;
