schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "qty" {
    type = integer
  }
  column "price" {
    type = numeric
  }
  check "positive_qty" {
    expr = "qty > 0"
  }
  check "cheap" {
    expr      = "price < 100"
    not_valid = true
  }
  check "no_inherit" {
    expr       = "qty < 1000"
    no_inherit = true
  }
}
