schema "public" {
  comment = "standard public schema"
}

schema "app" {
  comment = "the application"
}

table "t" {
  schema       = schema.app
  unlogged     = true
  options      = ["fillfactor=70"]
  comment      = "a table"
  column "a" {
    type        = integer
    comment     = "a column"
    storage     = "plain"
    statistics  = 500
  }
  column "b" {
    type        = text
    null        = true
    compression = "pglz"
    collation   = "\"C\""
  }
  primary_key {
    columns = [column.a]
    comment = "the key"
  }
}
