-- A table with a trigger and a policy is dropped together with the trigger's function (new side).
CREATE TABLE keep (id integer);
