-- Multibyte (UTF-8) identifiers over 63 bytes: truncation never splits a character, also in generated constraint and sequence names.
CREATE TABLE ääääääääääääääääääääääääääääääääääää (
    öööööööööööööööööööööööööööööööööööö serial PRIMARY KEY,
    ü integer UNIQUE
);
CREATE TABLE 日本語のとても長いテーブル名前日本語のとても長いテーブル名前日本語 (
    列名前もまた長いです列名前もまた長いです列名前もまた長いです integer CHECK (列名前もまた長いです列名前もまた長いです列名前もまた長いです > 0)
);
CREATE INDEX ON 日本語のとても長いテーブル名前日本語のとても長いテーブル名前日本語 (列名前もまた長いです列名前もまた長いです列名前もまた長いです);
CREATE TABLE "a😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀" (x integer UNIQUE);
