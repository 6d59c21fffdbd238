-- An exclusion constraint is added together with the extension it needs (old side).
CREATE TABLE booking (room integer, during tsrange);
