-- An extension's comment is changed (new side).
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'case-insensitive text for emails';
