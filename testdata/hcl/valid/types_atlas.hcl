schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "a" {
    type = varchar(20)
  }
  column "b" {
    type = char(3)
  }
  column "c" {
    type = numeric(10, 2)
  }
  column "d" {
    type = timestamptz
  }
  column "e" {
    type = timestamp(3)
  }
  column "f" {
    type = double_precision
  }
  column "g" {
    type = bool
  }
  column "h" {
    type = int8
  }
  column "i" {
    type = int2
  }
  column "j" {
    type = float4
  }
  column "k" {
    type = uuid
  }
  column "l" {
    type = jsonb
  }
  column "m" {
    type = sql("integer[]")
  }
  column "n" {
    type = sql("interval day")
  }
  column "o" {
    type = timetz
  }
  column "p" {
    type = varchar
  }
  column "q" {
    type = "bytea"
  }
  column "r" {
    type = decimal
  }
}
