schema "public" {
  comment = "standard public schema"
}

function "add2" {
  schema = schema.public
  arg {
    type = integer
  }
  arg {
    type = integer
  }
  return     = integer
  lang       = SQL
  as         = "SELECT $1 + $2"
  volatility = IMMUTABLE
}

aggregate "total" {
  schema = schema.public
  arg {
    type = integer
  }
  sfunc    = "public.add2"
  stype    = integer
  initcond = "0"
}

function "pick_step" {
  schema = schema.public
  arg {
    type = sql("bigint[]")
  }
  arg {
    type = text
  }
  return = sql("bigint[]")
  lang   = SQL
  as     = "SELECT $1"
}

aggregate "pick" {
  schema = schema.public
  arg {
    type = integer
  }
  arg {
    type = text
  }
  kind        = "ordered"
  direct_args = 1
  sfunc       = "public.pick_step"
  stype       = sql("bigint[]")
}
