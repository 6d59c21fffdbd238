schema "public" {
  comment = "standard public schema"
}

table "measurements" {
  schema = schema.public
  column "at" {
    type = date
  }
  column "v" {
    type = numeric
    null = true
  }
  partition {
    type    = RANGE
    columns = [column.at]
  }
}

table "measurements_2025" {
  schema       = schema.public
  partition_of = table.measurements
  bound {
    from = ["'2025-01-01'"]
    to   = ["'2026-01-01'"]
  }
}

table "measurements_rest" {
  schema       = schema.public
  partition_of = table.measurements
  bound {
    default = true
  }
}
