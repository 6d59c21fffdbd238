schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
}

table "t" {
  schema = schema.public
  column "b" {
    type = integer
  }
}
