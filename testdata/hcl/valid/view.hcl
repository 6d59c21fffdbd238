schema "public" {
  comment = "standard public schema"
}

table "orders" {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "total" {
    type = numeric
  }
}

view "big_orders" {
  schema = schema.public
  column "id" {
    type = integer
    null = true
  }
  column "total" {}
  as = <<-SQL
    SELECT id, total
    FROM orders
    WHERE total > 100
  SQL
  depends_on   = [table.orders]
  check_option = LOCAL
  comment      = "orders over 100"
}
