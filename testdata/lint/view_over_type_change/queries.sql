SELECT id, v FROM tv;
