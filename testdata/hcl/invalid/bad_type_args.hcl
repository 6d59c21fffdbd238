schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = varchar("ten")
  }
  column "b" {
    type = enum.missing
  }
}
