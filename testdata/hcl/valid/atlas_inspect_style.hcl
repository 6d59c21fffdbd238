# The way `atlas schema inspect` prints a PostgreSQL schema: explicit
# null = false, long type names, collate, ops as a bare name, the
# row_security block, on_update = NO_ACTION.
table "accounts" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "name" {
    null    = true
    type    = character_varying(255)
    collate = "C"
  }
  column "created_at" {
    null    = false
    type    = timestamp_with_time_zone(3)
    default = sql("CURRENT_TIMESTAMP")
  }
  column "seen" {
    null = true
    type = timestamp_without_time_zone
  }
  column "tags" {
    null = true
    type = sql("text[]")
  }
  column "parent_id" {
    null = true
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "accounts_parent_id_fkey" {
    columns     = [column.parent_id]
    ref_columns = [table.accounts.column.id]
    on_update   = NO_ACTION
    on_delete   = NO_ACTION
  }
  index "accounts_tags" {
    type = GIN
    on {
      column = column.tags
      ops    = array_ops
    }
  }
  index "accounts_name_lower" {
    on {
      expr = "lower((name)::text)"
    }
  }
  check "accounts_name_check" {
    expr = "(length((name)::text) > 0)"
  }
  row_security {
    enabled  = true
    enforced = false
  }
}

schema "public" {
  comment = "standard public schema"
}
