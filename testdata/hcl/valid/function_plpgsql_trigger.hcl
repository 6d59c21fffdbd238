schema "public" {
  comment = "standard public schema"
}

table "posts" {
  schema = schema.public
  column "body" {
    type = text
  }
  column "updated" {
    type = timestamptz
    null = true
  }
}

function "touch" {
  schema = schema.public
  return = trigger
  lang   = PLpgSQL
  as     = <<SQL
BEGIN
  NEW.updated := now();
  RETURN NEW;
END
SQL
  security = DEFINER
}

trigger "posts_touch" {
  on = table.posts
  before {
    insert = true
    update = true
  }
  for = ROW
  execute {
    function = function.touch
  }
}
