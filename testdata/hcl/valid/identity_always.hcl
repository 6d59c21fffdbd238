schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
      start     = 100
      increment = 10
      cache     = 5
    }
  }
}
