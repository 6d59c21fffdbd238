CREATE TABLE t (a varchar(20) NOT NULL, b char(3) NOT NULL, c numeric(10,2) NOT NULL, d timestamptz NOT NULL,
 e timestamp(3) NOT NULL, f double precision NOT NULL, g boolean NOT NULL, h bigint NOT NULL, i smallint NOT NULL,
 j real NOT NULL, k uuid NOT NULL, l jsonb NOT NULL, m integer[] NOT NULL, n interval day NOT NULL,
 o time with time zone NOT NULL, p character varying NOT NULL, q bytea NOT NULL, r numeric NOT NULL);
