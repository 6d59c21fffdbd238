schema "public" {
  comment = "standard public schema"
}

table "orders" {
  schema = schema.public
  column "region" {
    type = text
  }
  column "id" {
    type = integer
  }
  partition {
    type = LIST
    by {
      expr = "lower(region)"
    }
  }
}

table "orders_eu" {
  schema       = schema.public
  partition_of = table.orders
  bound {
    in = ["'eu'", "'uk'"]
  }
}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  partition {
    type    = HASH
    columns = [column.id]
  }
}

table "users_0" {
  schema       = schema.public
  partition_of = table.users
  bound {
    modulus   = 2
    remainder = 0
  }
}
