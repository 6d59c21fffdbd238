# Foreign-data wrappers, servers, foreign tables and user mappings use the
# field names of Strata's model.
foreign_data_wrapper "dummy" {
  options = ["debug=true"]
  comment = "a wrapper without handler"
}

server "files" {
  wrapper = "dummy"
  type    = "local"
  version = "1"
  options = ["root=/tmp"]
}

foreign_table "remote_items" {
  schema = schema.public
  server = "files"
  column "id" {
    type    = integer
    options = ["column_name=item_id"]
  }
  column "name" {
    type = text
    null = true
  }
  options = ["file=items.csv"]
  comment = "items kept elsewhere"
}

user_mapping {
  server  = "files"
  user    = "PUBLIC"
  options = ["user=reader"]
}
