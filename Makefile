# Strata — build, test, benchmark.
#
#   make build        build ./strata
#   make test         vet, gofmt check, and every test against a real PostgreSQL
#   make bench        the benchmarks (see BENCHMARKS.md)
#   make test-matrix  inspector and round-trip tests against PostgreSQL 13..18
#   make fuzz         fuzz ddl.Parse and hcl.Parse for FUZZTIME each (default 30s)

GO        ?= go
MAJORS    ?= 13 14 15 16 17 18
FUZZTIME  ?= 30s
BENCHTIME ?= 1x

.PHONY: build test vet bench test-matrix fuzz clean

build:
	$(GO) build -o strata ./cmd/strata

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

test: vet
	$(GO) test -count=1 -timeout 30m ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -timeout 60m ./...

test-matrix:
	MAJORS="$(MAJORS)" bash scripts/test-matrix.sh

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./ddl
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./hcl

clean:
	rm -f strata
