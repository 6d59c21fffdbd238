-- An extension is added with a column default calling its function (old side).
CREATE TABLE token (id integer PRIMARY KEY);
