schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
    grant {
      grantee    = "public"
      privileges = ["UPDATE"]
    }
  }
  grant {
    grantee    = "public"
    privileges = ["SELECT", "INSERT"]
  }
}

function "f" {
  schema = schema.public
  return = integer
  lang   = SQL
  as     = "SELECT 1"
  revoke {
    grantee    = "public"
    privileges = ["EXECUTE"]
  }
}
