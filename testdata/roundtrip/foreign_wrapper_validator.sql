-- A wrapper with a VALIDATOR function of the schema (named unqualified,
-- found through search_path) and one with it qualified.
CREATE SCHEMA fdw;
CREATE FUNCTION fdw.check_options(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION accept_all(options text[], catalog oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FOREIGN DATA WRAPPER checked VALIDATOR fdw.check_options OPTIONS (mode 'strict');
CREATE FOREIGN DATA WRAPPER lax VALIDATOR accept_all;
CREATE SERVER s FOREIGN DATA WRAPPER checked OPTIONS (anything 'goes');
