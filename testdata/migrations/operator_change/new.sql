CREATE OPERATOR public.~<< (FUNCTION = texticregexeq, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR public.~<< (text, text) IS 'case-insensitive';
