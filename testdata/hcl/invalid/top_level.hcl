schema "public" {}

name = "x"

tabel "t" {}

table {}
