-- A view that selects from itself (it was replaced after a first version
-- that did not). The plan creates such a first version (NULLs of the
-- column types the model holds for the view), then replaces it; dropping
-- it is planned as usual.
CREATE TABLE projects (id integer, name text);
