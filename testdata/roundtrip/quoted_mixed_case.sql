-- Mixed-case quoted identifiers ("CamelCase") next to folded unquoted ones (CamelCase -> camelcase), with generated names.
CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."CustomerOrders" (
    "OrderId" serial PRIMARY KEY,
    "CustomerId" integer NOT NULL,
    "Total" numeric(10,2) CHECK ("Total" >= 0),
    CamelCase text,
    "UPPER" text UNIQUE
);
CREATE TABLE CamelCase (Id integer, "Id" integer);
CREATE INDEX ON "Sales"."CustomerOrders" ("CustomerId");
CREATE INDEX "IdxMixed" ON "Sales"."CustomerOrders" (lower(camelcase));
CREATE TYPE "Sales"."OrderState" AS ENUM ('Open', 'Closed');
ALTER TABLE "Sales"."CustomerOrders" ADD COLUMN "State" "Sales"."OrderState" DEFAULT 'Open';
