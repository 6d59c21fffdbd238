schema "public" {}

table "orders" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "orders_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
