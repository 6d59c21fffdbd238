-- Several values are added at different places (new side).
CREATE TYPE size AS ENUM ('xs', 's', 'm', 'l', 'xl', 'xxl');
CREATE TABLE shirt (id integer, sz size);
