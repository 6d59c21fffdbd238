schema "public" {
  comment = "standard public schema"
}

table "docs" {
  schema = schema.public
  column "owner" {
    type = text
  }
  row_security       = true
  force_row_security = true
}

policy "docs_owner" {
  on    = table.docs
  for   = SELECT
  to    = [PUBLIC]
  using = "owner = current_user"
}

policy "docs_insert" {
  on    = table.docs
  as    = RESTRICTIVE
  for   = INSERT
  check = "owner = current_user"
}
