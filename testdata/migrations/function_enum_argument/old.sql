-- A function takes an enum whose values are reordered: the enum is swapped
-- for a new type, so the function is dropped and created around it.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql AS $$ SELECT m = 'happy' $$;
