schema "public" {
  comment = "standard public schema"
}

function "add" {
  schema = schema.public
  arg "a" {
    type = integer
  }
  arg "b" {
    type    = integer
    default = 1
  }
  return     = integer
  lang       = SQL
  as         = "SELECT a + b"
  volatility = IMMUTABLE
  parallel   = SAFE
  strict     = true
}

function "names" {
  schema = schema.public
  arg "n" {
    type = int
  }
  arg "name" {
    type = text
    mode = TABLE
  }
  return     = sql("record")
  return_set = true
  lang       = SQL
  as         = "SELECT 'x' FROM generate_series(1, n)"
  volatility = STABLE
  rows       = 10
}
