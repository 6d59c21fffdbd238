schema "public" {}

table "t" {
  schema   = schema.public
  unlogged = "yes"
  column "a" {
    type       = integer
    statistics = 1.5
    comment    = 3
  }
}

sequence "s" {
  schema    = schema.public
  increment = 0
}
