-- A value is added before the first one (old side).
CREATE TYPE level AS ENUM ('low', 'high');
