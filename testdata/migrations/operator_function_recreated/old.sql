CREATE FUNCTION same_length(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(a) = length(b)';
CREATE OPERATOR =~= (FUNCTION = same_length, LEFTARG = text, RIGHTARG = text);
