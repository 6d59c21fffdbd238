schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "n" {
    type    = integer
    default = 42
  }
  column "s" {
    type    = text
    default = "it's"
  }
  column "b" {
    type    = boolean
    default = true
  }
  column "at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "f" {
    type    = numeric
    default = 1.5
  }
  column "nothing" {
    type = text
    null = true
  }
}
