CREATE OPERATOR public.~<< (FUNCTION = textregexeq, LEFTARG = text, RIGHTARG = text);
