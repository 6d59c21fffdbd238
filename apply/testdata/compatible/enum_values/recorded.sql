CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE size AS ENUM ('small', 'large');
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
