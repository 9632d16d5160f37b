# The two commands of the README. Both install what is missing first.
.PHONY: serve test build setup bench
serve:
	scripts/serve.sh
test:
	scripts/test.sh
build: setup
	scripts/build.sh
setup:
	scripts/setup.sh
# Benchmarks (not part of `make test`): native search/filter and in-browser.
bench: setup
	scripts/build.sh
	node scripts/sizes.mjs dist
	cargo bench --bench search
	node scripts/bench-browser.mjs
