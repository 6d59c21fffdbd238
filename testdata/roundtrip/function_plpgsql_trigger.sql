-- plpgsql trigger functions, as triggers use them.
CREATE TABLE item (id integer PRIMARY KEY, updated_at timestamptz);

CREATE FUNCTION touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION public.audit_row() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER AS '
begin
  raise notice ''%'', TG_OP;
  return null;
end';
