CREATE TABLE log (msg text NOT NULL);
CREATE PROCEDURE write_log(m text) LANGUAGE sql AS 'INSERT INTO public.log VALUES (m)';
