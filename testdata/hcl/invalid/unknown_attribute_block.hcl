schema "public" {}

table "t" {
  schema = schema.public
  colum "a" {
    type = integer
  }
  column "b" {
    type     = integer
    nullable = true
  }
  primary_key {
    columns = [column.b]
    name    = "pk"
  }
}
