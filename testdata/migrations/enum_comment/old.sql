-- An enum's comment is set (old side).
CREATE TYPE mood AS ENUM ('sad', 'happy');
