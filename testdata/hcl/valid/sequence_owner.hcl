schema "public" {
  comment = "standard public schema"
}

sequence "t_n_seq" {
  schema = schema.public
  owner  = table.t.column.n
}

table "t" {
  schema = schema.public
  column "n" {
    type    = bigint
    default = sql("nextval('t_n_seq')")
  }
}
