-- Schemas with quoted, mixed-case, reserved, punctuated and non-ASCII names.
CREATE SCHEMA "MySchema";
CREATE SCHEMA "select";
CREATE SCHEMA "with space";
CREATE SCHEMA "SPECIAL ""@/\#~_-";
CREATE SCHEMA تست;
CREATE SCHEMA "überprüfung";
CREATE SCHEMA 日本語;
CREATE TABLE "MySchema"."T" (a integer);
CREATE TABLE "select"."from" ("where" integer);
CREATE TABLE "with space"."a table" ("a column" text);
CREATE TABLE "SPECIAL ""@/\#~_-"."x""y" (id integer);
CREATE TABLE تست.جدول (عمود integer);
CREATE TABLE 日本語.表 (列 text);
