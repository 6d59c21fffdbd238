schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "id" {
    type = serial
  }
  column "big" {
    type = bigserial
  }
  primary_key {
    columns = [column.id]
  }
}
