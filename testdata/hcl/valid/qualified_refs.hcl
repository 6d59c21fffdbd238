schema "public" {
  comment = "standard public schema"
}

schema "a" {}

schema "b" {}

table "a" "users" {
  column "id" {
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
}

table "users" {
  schema = schema.b
  column "id" {
    type = integer
  }
  column "a_id" {
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "users_a_fk" {
    columns     = [column.a_id]
    ref_columns = [table.a.users.column.id]
  }
}
