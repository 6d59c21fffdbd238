schema "public" {
  comment = "standard public schema"
}

table "bookings" {
  schema = schema.public
  column "room" {
    type = integer
  }
  column "during" {
    type = tstzrange
  }
  exclude "bookings_no_overlap" {
    on {
      column = column.during
      op     = "&&"
    }
    where = "room > 0"
  }
}
