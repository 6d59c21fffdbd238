# vars: tenant=acme
variable "tenant" {}

schema "app" {
  name = var.tenat
}
