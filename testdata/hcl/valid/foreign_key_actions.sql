CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE posts (id integer NOT NULL,
 author integer CONSTRAINT posts_author_fk REFERENCES users ON DELETE CASCADE,
 editor integer CONSTRAINT posts_editor_fk REFERENCES users ON DELETE SET NULL ON UPDATE RESTRICT);
