schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
    identity {
      generated = SOMETIMES
    }
  }
}

table "posts" {
  schema = schema.public
  column "author" {
    type = integer
  }
  foreign_key "posts_author_fk" {
    columns     = [column.author]
    ref_columns = [table.users.column.id]
    on_delete   = EXPLODE
  }
}

policy "p" {
  on  = table.posts
  for = EVERYTHING
}
