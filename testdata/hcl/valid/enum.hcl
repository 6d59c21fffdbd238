schema "public" {
  comment = "standard public schema"
}

enum "mood" {
  schema  = schema.public
  values  = ["sad", "ok", "happy"]
  comment = "how it feels"
}

table "people" {
  schema = schema.public
  column "m" {
    type    = enum.mood
    default = sql("'ok'")
  }
  column "history" {
    type = sql("public.mood[]")
    null = true
  }
}
