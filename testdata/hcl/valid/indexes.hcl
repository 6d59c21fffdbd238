schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
  column "b" {
    type = text
    null = true
  }
  column "doc" {
    type = jsonb
    null = true
  }
  index "t_a_b" {
    unique = true
    columns = [column.a, column.b]
    where  = "b IS NOT NULL"
  }
  index "t_b_desc" {
    on {
      column = column.b
      desc   = true
      nulls_last = true
    }
    include = [column.a]
  }
  index "t_lower_b" {
    on {
      expr = "lower(b)"
      ops  = "text_pattern_ops"
    }
  }
  index "t_doc" {
    type = GIN
    on {
      column = column.doc
      ops    = "jsonb_path_ops"
    }
  }
  index "t_a_hash" {
    type    = HASH
    columns = [column.a]
  }
  index "t_a_brin" {
    type    = BRIN
    columns = [column.a]
    options = ["pages_per_range=16"]
  }
  index "t_b_nulls" {
    on {
      column      = column.b
      nulls_first = true
    }
    comment = "nulls first"
  }
}
