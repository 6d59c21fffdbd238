schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
  column "b" {
    type = integer
    null = true
  }
  column "c" {
    type = text
    null = true
  }
  unique "t_a_b_key" {
    columns = [column.a, column.b]
    include = [column.c]
  }
  unique "t_b_nnd" {
    columns        = [column.b]
    nulls_distinct = false
    deferrable     = true
  }
}
