table "t" {
  schema = schema.app
  column "a" {
    type = integer
  }
}
