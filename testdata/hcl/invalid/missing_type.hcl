schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    null = true
  }
}
