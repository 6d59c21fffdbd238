schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "id" {
    type = int
    identity {
      generated = BY_DEFAULT
      sequence  = "my_id_seq"
      min_value = -5
      start     = 1
      cycle     = true
    }
  }
}
