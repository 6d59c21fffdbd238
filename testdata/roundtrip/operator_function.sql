-- An operator over a user function, as in danbooru's schema.
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);
CREATE SCHEMA ops;
SET search_path = ops, public;
CREATE FUNCTION same_length(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length($1) = length($2)';
CREATE OPERATOR =~= (FUNCTION = same_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = =~=);
COMMENT ON OPERATOR =~= (text, text) IS 'same length';
