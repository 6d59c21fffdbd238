schema "public" {
  comment = "standard public schema"
}

table "events" {
  schema = schema.public
  column "kind" {
    type = text
  }
}

materialized "event_counts" {
  schema = schema.public
  column "kind" {}
  column "n" {}
  as = "SELECT kind, count(*) AS n FROM events GROUP BY kind"
  index "event_counts_kind" {
    unique  = true
    columns = [column.kind]
  }
}
