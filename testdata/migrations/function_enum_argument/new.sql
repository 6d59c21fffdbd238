CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql AS $$ SELECT m = 'happy' $$;
