schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
}

table "orders" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "orders_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.uid]
  }
  index "orders_x" {
    columns = [column.x]
  }
}
