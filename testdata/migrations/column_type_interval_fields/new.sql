-- An interval column gets a field restriction (new side).
CREATE TABLE t (d interval DAY TO SECOND(0));
