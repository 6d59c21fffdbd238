schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "w" {
    type = integer
  }
  column "h" {
    type = integer
  }
  column "area" {
    type = integer
    null = true
    as {
      expr = "w * h"
      type = STORED
    }
  }
}
