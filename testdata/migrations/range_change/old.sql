CREATE TYPE textrange AS RANGE (subtype = text);
