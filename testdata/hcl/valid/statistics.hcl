# Extended statistics objects use the field names of Strata's model; the
# table is a "schema.name" string and may be in another schema.
schema "public" {
  comment = "standard public schema"
}

schema "stx" {}

table "orders" {
  schema = schema.public
  column "id" {
    type = bigint
    null = true
  }
  column "city" {
    type = text
    null = true
  }
  column "zip" {
    type = text
    null = true
  }
  column "qty" {
    type = integer
    null = true
  }
}

statistics "orders_geo" {
  schema  = schema.public
  table   = "public.orders"
  kinds   = ["ndistinct", "dependencies"]
  columns = ["city", "zip"]
}

statistics "orders_qty" {
  schema  = schema.stx
  table   = "public.orders"
  kinds   = ["ndistinct", "dependencies", "mcv"]
  columns = ["city", "qty"]
  exprs   = ["lower(zip)"]
  target  = 400
  comment = "quantity by city"
}
