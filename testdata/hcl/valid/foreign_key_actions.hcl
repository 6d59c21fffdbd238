schema "public" {
  comment = "standard public schema"
}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key {
    columns = [column.id]
  }
}

table "posts" {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "author" {
    type = integer
    null = true
  }
  column "editor" {
    type = integer
    null = true
  }
  foreign_key "posts_author_fk" {
    columns     = [column.author]
    ref_columns = [table.users.column.id]
    on_delete   = CASCADE
    on_update   = NO_ACTION
  }
  foreign_key "posts_editor_fk" {
    columns     = [column.editor]
    ref_columns = [table.users.column.id]
    on_delete   = SET_NULL
    on_update   = RESTRICT
  }
}
