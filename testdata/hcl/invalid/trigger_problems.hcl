schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
}

trigger "no_timing" {
  on = table.t
  execute {
    function = function.nope
  }
}

trigger "no_event" {
  on = view.v
  after {}
}
