CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FUNCTION shorter(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length($1) < length($2)';
CREATE CAST (mood AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (mood AS text) IS 'moods read as text';
CREATE OPERATOR <<< (LEFTARG = text, RIGHTARG = text, FUNCTION = shorter, RESTRICT = scalarltsel);
COMMENT ON OPERATOR <<< (text, text) IS 'shorter than';
