-- Network, money, text search, JSON, UUID, binary and XML types: inet, cidr, macaddr, macaddr8, money, tsvector, tsquery, json, jsonb, uuid, bytea, xml.
CREATE TABLE misc (
    ip inet,
    net cidr DEFAULT '10.0.0.0/8',
    mac macaddr,
    mac8 macaddr8,
    price money DEFAULT 0,
    doc tsvector,
    q tsquery,
    j json,
    jb jsonb DEFAULT '{}'::jsonb NOT NULL,
    id uuid,
    raw bytea DEFAULT '\x00ff'::bytea,
    x xml,
    pl pg_lsn,
    txid txid_snapshot,
    o oid,
    rc regclass
);
