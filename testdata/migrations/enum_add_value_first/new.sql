-- A value is added before the first one (new side).
CREATE TYPE level AS ENUM ('none', 'low', 'high');
