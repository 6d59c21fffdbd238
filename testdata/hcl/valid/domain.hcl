schema "public" {
  comment = "standard public schema"
}

domain "us_postal_code" {
  schema = schema.public
  type   = text
  null   = true
  check "us_postal_code_check" {
    expr = "VALUE ~ '^\\d{5}$'"
  }
}

domain "positive" {
  schema  = schema.public
  type    = integer
  default = 1
  check "positive_check" {
    expr = "VALUE > 0"
  }
}

table "addresses" {
  schema = schema.public
  column "zip" {
    type = domain.us_postal_code
    null = true
  }
  column "n" {
    type = domain.positive
  }
}
