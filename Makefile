# The two commands of the README. Both install what is missing first.
.PHONY: serve test build setup
serve:
	scripts/serve.sh
test:
	scripts/test.sh
build: setup
	scripts/build.sh
setup:
	scripts/setup.sh
