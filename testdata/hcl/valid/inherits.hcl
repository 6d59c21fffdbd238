schema "public" {
  comment = "standard public schema"
}

table "base" {
  schema = schema.public
  column "id" {
    type = integer
  }
}

table "child" {
  schema   = schema.public
  inherits = [table.base]
  column "extra" {
    type = text
    null = true
  }
  index "child_id" {
    columns = [column.id]
  }
}
