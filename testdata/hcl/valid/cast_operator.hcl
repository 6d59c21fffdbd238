# Casts and operators use the field names of Strata's model.
enum "mood" {
  schema = schema.public
  values = ["sad", "happy"]
}

function "shorter" {
  schema = schema.public
  arg {
    type = text
  }
  arg {
    type = text
  }
  return     = boolean
  lang       = SQL
  as         = "SELECT length($1) < length($2)"
  volatility = IMMUTABLE
}

cast {
  source  = enum.mood
  target  = text
  method  = "inout"
  context = "assignment"
  comment = "moods read as text"
}

operator "<<<" {
  schema   = schema.public
  left     = text
  right    = text
  function = "public.shorter(text, text)"
  restrict = "pg_catalog.scalarltsel"
  comment  = "shorter than"
}
