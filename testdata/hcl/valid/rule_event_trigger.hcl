schema "public" {
  comment = "standard public schema"
}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
}

table "t_log" {
  schema = schema.public
  column "a" {
    type = integer
  }
}

rule "t_copy" {
  on         = table.t
  definition = "CREATE RULE t_copy AS ON INSERT TO public.t DO ALSO INSERT INTO public.t_log (a) VALUES (new.a)"
}

function "on_ddl" {
  schema = schema.public
  return = event_trigger
  lang   = PLpgSQL
  as     = "BEGIN END"
}

event_trigger "log_ddl" {
  on      = "ddl_command_end"
  tags    = ["CREATE TABLE"]
  execute = function.on_ddl
}
