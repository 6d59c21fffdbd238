SELECT id, v, w FROM tv;
