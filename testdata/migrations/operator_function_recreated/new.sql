CREATE FUNCTION same_length(x text, y text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(x) = length(y)';
CREATE OPERATOR =~= (FUNCTION = same_length, LEFTARG = text, RIGHTARG = text);
