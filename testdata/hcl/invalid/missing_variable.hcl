variable "tenant" {}

schema "app" {
  name = var.tenant
}
