schema "public" {
  comment = "standard public schema"
}

table "log" {
  schema = schema.public
  column "msg" {
    type = text
  }
}

procedure "write_log" {
  schema = schema.public
  arg "m" {
    type = text
  }
  lang = SQL
  as   = "INSERT INTO public.log VALUES (m)"
}
