schema "public" {
  comment = "standard public schema"
}

sequence "counter" {
  schema    = schema.public
  type      = int
  start     = 10
  increment = 5
  min_value = 10
  max_value = 1000
  cache     = 20
  cycle     = true
  comment   = "a counter"
}

sequence "down" {
  schema    = schema.public
  increment = -1
}
