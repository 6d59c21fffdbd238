schema "public" {
  comment = "standard public schema"
}

schema "ext" {}

extension "citext" {
  schema = schema.ext
}

table "users" {
  schema = schema.public
  column "email" {
    type = sql("ext.citext")
  }
}
