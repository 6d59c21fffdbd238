schema "public" {
  comment = "standard public schema"
}

collation "ci" {
  schema           = schema.public
  provider         = "icu"
  locale           = "und-u-ks-level2"
  nondeterministic = true
}

range "floatrange" {
  schema  = schema.public
  subtype = double_precision
}

table "t" {
  schema = schema.public
  column "name" {
    type      = text
    collation = "public.ci"
  }
  column "r" {
    type = sql("public.floatrange")
    null = true
  }
}
