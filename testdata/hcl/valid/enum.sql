CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE mood IS 'how it feels';
CREATE TABLE people (m mood NOT NULL DEFAULT 'ok', history mood[]);
