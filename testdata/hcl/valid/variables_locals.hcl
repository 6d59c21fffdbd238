# vars: tenant=acme shards=4
variable "tenant" {
  type        = string
  description = "the tenant's schema"
}

variable "shards" {
  type = number
}

variable "audit" {
  type    = bool
  default = false
}

locals {
  table_name = "${var.tenant}_events"
  limit      = var.shards * 100
}

schema "public" {
  comment = "standard public schema"
}

schema "tenant" {
  name = var.tenant
}

table "events" {
  schema = schema.tenant
  column "n" {
    type    = integer
    default = local.limit
  }
  column "audited" {
    type    = boolean
    default = var.audit
  }
  comment = upper(local.table_name)
}
