# Names PostgreSQL generates for a primary key and an identity sequence are
# cut to 63 bytes the way PostgreSQL cuts them.
table "orders_with_a_remarkably_long_name_that_needs_truncating_xyz" {
  schema = schema.public
  column "identifier_column_with_a_long_name_as_well_for_the_test" {
    type = bigint
    identity {
      generated = BY_DEFAULT
    }
  }
  primary_key {
    columns = [column.identifier_column_with_a_long_name_as_well_for_the_test]
  }
}
