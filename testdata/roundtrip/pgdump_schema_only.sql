-- pg_dump --schema-only output (PostgreSQL 15) of a small shop schema: SET, set_config, OWNER TO, ALTER TABLE ONLY ADD CONSTRAINT, OWNED BY, SET DEFAULT nextval, ATTACH PARTITION, ALTER INDEX ATTACH.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: SCHEMA shop; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shop IS 'the shop';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'ci text';


--
-- Name: status; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.status AS ENUM (
    'new',
    'paid',
    'it''s done'
);


ALTER TYPE shop.status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE UNLOGGED TABLE public.cache (
    k text,
    v text
)
WITH (fillfactor='50');
ALTER TABLE ONLY public.cache ALTER COLUMN v SET STATISTICS 500;
ALTER TABLE ONLY public.cache ALTER COLUMN v SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.cache REPLICA IDENTITY FULL;


ALTER TABLE public.cache OWNER TO postgres;

--
-- Name: parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent (
    a integer,
    b text
);


ALTER TABLE public.parent OWNER TO postgres;

--
-- Name: child; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child (
    c integer
)
INHERITS (public.parent);


ALTER TABLE public.child OWNER TO postgres;

--
-- Name: measurements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    v double precision
)
PARTITION BY RANGE (at);


ALTER TABLE public.measurements OWNER TO postgres;

--
-- Name: measurements_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2024 (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    v double precision
);


ALTER TABLE public.measurements_2024 OWNER TO postgres;

--
-- Name: measurements_rest; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_rest (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    v double precision
);


ALTER TABLE public.measurements_rest OWNER TO postgres;

--
-- Name: customers; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.customers (
    id integer NOT NULL,
    email public.citext NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    note text
);


ALTER TABLE shop.customers OWNER TO postgres;

--
-- Name: TABLE customers; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.customers IS 'customers';


--
-- Name: COLUMN customers.email; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.customers.email IS 'login';


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;


--
-- Name: invoices; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.invoices (
    no integer NOT NULL,
    order_id bigint,
    data jsonb DEFAULT '{}'::jsonb
);


ALTER TABLE shop.invoices OWNER TO postgres;

--
-- Name: invoice_no; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.invoice_no
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.invoice_no OWNER TO postgres;

--
-- Name: invoice_no; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.invoice_no OWNED BY shop.invoices.no;


--
-- Name: orders; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    status shop.status DEFAULT 'new'::shop.status NOT NULL,
    total numeric(12,2) DEFAULT 0,
    placed date,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE shop.orders OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: measurements_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');


--
-- Name: measurements_rest; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_rest DEFAULT;


--
-- Name: customers id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers ALTER COLUMN id SET DEFAULT nextval('shop.customers_id_seq'::regclass);


--
-- Name: invoices no; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.invoices ALTER COLUMN no SET DEFAULT nextval('shop.invoice_no'::regclass);


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (id, at);


--
-- Name: measurements_2024 measurements_2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2024
    ADD CONSTRAINT measurements_2024_pkey PRIMARY KEY (id, at);


--
-- Name: measurements_rest measurements_rest_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_rest
    ADD CONSTRAINT measurements_rest_pkey PRIMARY KEY (id, at);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: measurements_v; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_v ON ONLY public.measurements USING btree (v);


--
-- Name: measurements_2024_v_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2024_v_idx ON public.measurements_2024 USING btree (v);


--
-- Name: measurements_rest_v_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_rest_v_idx ON public.measurements_rest USING btree (v);


--
-- Name: orders_customer; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_customer ON shop.orders USING btree (customer_id, placed DESC) WHERE (status <> 'new'::shop.status);


--
-- Name: measurements_2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2024_pkey;


--
-- Name: measurements_2024_v_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_v ATTACH PARTITION public.measurements_2024_v_idx;


--
-- Name: measurements_rest_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_rest_pkey;


--
-- Name: measurements_rest_v_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_v ATTACH PARTITION public.measurements_rest_v_idx;


--
-- Name: invoices invoices_order_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.invoices
    ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


