schema "public" {
  comment = "standard public schema"
}

table "nodes" {
  schema = schema.public
  column "tree" {
    type = integer
  }
  column "id" {
    type = integer
  }
  column "parent" {
    type = integer
    null = true
  }
  primary_key "nodes_pk" {
    columns = [column.tree, column.id]
  }
  foreign_key "nodes_parent_fk" {
    columns            = [column.tree, column.parent]
    ref_columns        = [column.tree, column.id]
    match              = FULL
    deferrable         = true
    initially_deferred = true
  }
}
