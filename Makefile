# ゲノム医療ナビ: `make serve` runs the app, `make test` runs every test layer. Both install what is
# missing first (and only that), so a fresh Debian machine with Rust, node and npm needs nothing else.
# Tools go to ~/.cargo/bin and the system, so every clone on the machine reuses them.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must never download a tool; Playwright must never download a browser.
export TRUNK_OFFLINE := true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or Trunk would try to download one.
WASM_BINDGEN_VERSION = $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
PORT ?= 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test build bench lint test-budget setup setup-build setup-browser setup-server setup-webkit setup-node test-host test-readings test-wasm test-e2e test-webkit clean

serve: build
	node tests/support/server.mjs --dir dist --port $(PORT)

test: setup lint test-host test-readings test-wasm build test-budget test-e2e test-webkit
	@echo "make test: all layers passed (host cargo test, furigana readings, wasm-bindgen-test in Chromium, Playwright e2e on nginx, WebKit on nginx)"

# The open-data files (JSON Schemas from the data types, CSV tables) are written into public/data/
# first (git-ignored); Trunk builds dist/ (its hook writes the security policy, shell.html and
# sw.js); then every page is pre-rendered to HTML and indexed for search (Pagefind), sw.js is written
# again with the index, and every compressible file is written as .br and .gz for the server.
build: setup-build setup-browser
	cargo fetch --locked --quiet
	cargo run --locked --quiet --example write_open_data
	trunk build --release
	node src/prerender/prerender.mjs dist
	node src/prerender/search-index.mjs dist
	node src/hosting/compress.mjs dist

bench: build
	node tests/bench/bench.mjs --dir dist
	node tests/bench/ready-bench.mjs dist
	node tests/bench/search-bench.mjs dist

lint: setup-build
	cargo fmt --all -- --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

test-host: setup-build
	cargo test --locked

# Every furigana reading against a morphological analyser (kuromoji, IPADIC; an npm test dependency).
test-readings: setup-node
	node tests/readings/check-readings.mjs

test-wasm: setup-build setup-browser
	cargo test --locked --target wasm32-unknown-unknown --tests

# The WASM's size as sent (brotli) against tests/budget/budget.json: bytes, so a test, not a bench.
test-budget: setup-node
	node tests/budget/check-budget.mjs dist

test-e2e: setup-browser setup-server setup-node
	playwright test

# WebKit, the engine of every iPhone browser: WebKitGTK's MiniBrowser driven over WebDriver, under a
# virtual display, against the build served by nginx (tests/webkit/).
test-webkit: setup-webkit setup-server setup-node
	xvfb-run -a -s '-screen 0 1280x900x24' dbus-run-session -- node tests/webkit/webkit.mjs --dir dist

setup: setup-build setup-browser setup-server setup-webkit setup-node

# Rust side: the wasm target, wasm-bindgen-cli and trunk, each only when missing or at another version.
setup-build: setup-node
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes, once per machine)"; \
	  cargo install wasm-bindgen-cli --version "=$(WASM_BINDGEN_VERSION)"; \
	fi
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 10 minutes, once per machine)"; \
	  cargo install --locked trunk --version "$(TRUNK_VERSION)"; \
	fi

# Debian's Chromium and ChromeDriver for the wasm and e2e layers, and CJK fonts for screenshots.
setup-browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver fonts-noto-cjk; \
	fi

# nginx, with prebuilt brotli files: the server the e2e tests and the bench run against (hosting/).
setup-server:
	@if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx libnginx-mod-http-brotli-static; \
	fi

# WebKitGTK's WebDriver and MiniBrowser, a virtual display and a session bus for them.
setup-webkit:
	@if [ ! -x /usr/bin/WebKitWebDriver ] || ! command -v xvfb-run >/dev/null || ! command -v dbus-run-session >/dev/null; then \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq webkit2gtk-driver xvfb xauth dbus; \
	fi

# npm packages from the lockfile: wasm-opt (binaryen), Playwright, axe-core, Lighthouse.
setup-node:
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; \
	fi

clean:
	rm -rf dist target/trunk test-results playwright-report public/data/schema public/data/*.csv
