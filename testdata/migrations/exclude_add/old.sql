-- An exclusion constraint using btree_gist is added (old side).
CREATE EXTENSION btree_gist;
CREATE TABLE booking (room integer, during tsrange);
