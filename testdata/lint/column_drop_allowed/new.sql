-- strata:allow DS103 legacy was archived in release 41
CREATE TABLE users (id integer PRIMARY KEY);
