# The two commands of the README. Both install what is missing first.
.PHONY: serve test build setup bench packages
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
	node scripts/sizes.mjs dist $$(for d in dist/*/; do [ -f "$$d/index.html" ] && printf '%s ' "$${d%/}"; done)
	node scripts/wasm-sizes.mjs
	cargo bench --bench search
	node scripts/bench-browser.mjs
	node scripts/bench-compare.mjs
	node scripts/bench-lighthouse.mjs
	node scripts/profile-takeover.mjs
	node scripts/bench-scale.mjs 20
	node scripts/bench-browser.mjs target/bench-scale-20/dist
	SCALE=20 node scripts/bench-compare.mjs
# LMS packages (SCORM 1.2, SCORM 2004, and with EXPLAINER_URL a Common
# Cartridge) from the release bundle, into dist-packages/ (English) and
# dist-packages/<lang>/ for each other shipped language.
packages: setup
	scripts/build.sh
	node scripts/package.mjs dist dist-packages
	for d in dist/*/; do if [ -f "$$d/index.html" ]; then node scripts/package.mjs "$${d%/}" "dist-packages/$$(basename "$$d")"; fi; done
