schema "a" {}

schema "b" {}

table "users" {
  schema = schema.a
  column "id" {
    type = integer
  }
}

table "users" {
  schema = schema.b
  column "id" {
    type = integer
  }
}

table "orders" {
  schema = schema.a
  column "user_id" {
    type = integer
  }
  foreign_key "orders_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
