-- A column default calls a function with a cast (new side).
CREATE TABLE t (day date DEFAULT CURRENT_DATE, id text DEFAULT gen_random_uuid()::text);
