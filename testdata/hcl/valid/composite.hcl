schema "public" {
  comment = "standard public schema"
}

composite "address" {
  schema = schema.public
  field "street" {
    type = text
  }
  field "zip" {
    type    = varchar(10)
    comment = "postal code"
  }
}

table "shops" {
  schema = schema.public
  column "addr" {
    type = composite.address
    null = true
  }
}
