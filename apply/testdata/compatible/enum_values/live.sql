CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TYPE color AS ENUM ('red', 'green');
