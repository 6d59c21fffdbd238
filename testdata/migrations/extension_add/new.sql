-- An extension is created or dropped (new side).
CREATE EXTENSION pgcrypto;
