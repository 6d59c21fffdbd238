schema "public" {
  comment = "standard public schema"
}

table "accounts" {
  schema = schema.public
  column "balance" {
    type = numeric
  }
  column "owner" {
    type = text
  }
}

function "audit" {
  schema = schema.public
  return = trigger
  lang   = PLpgSQL
  as     = "BEGIN RETURN NULL; END"
}

trigger "accounts_balance" {
  on = table.accounts
  after {
    update_of = [column.balance]
  }
  for  = ROW
  when = "OLD.balance IS DISTINCT FROM NEW.balance"
  execute {
    function = function.audit
    args     = ["balance", "42"]
  }
  comment = "audit balance changes"
}

trigger "accounts_truncate" {
  on = table.accounts
  after {
    truncate = true
  }
  execute {
    function = function.audit
  }
  enabled = "disabled"
}
