-- An enum type is created or dropped (new side).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
