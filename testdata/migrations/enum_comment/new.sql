-- An enum's comment is set (new side).
CREATE TYPE mood AS ENUM ('sad', 'happy');
COMMENT ON TYPE mood IS 'how someone feels';
