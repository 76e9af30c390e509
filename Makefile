# The two commands a newcomer needs; each installs what is missing first (scripts/tools.sh).
.PHONY: serve test dist tools bench readme-screenshots

serve:  ## serve the explainer at http://127.0.0.1:8080 (trunk serve)
	bash scripts/serve.sh

test:   ## run every check and test, as CI does
	bash scripts/test.sh

dist:   ## the release build: the files to host, in dist/ (docs/hosting.md)
	bash scripts/build-release.sh

tools:  ## only install the pinned tools
	bash scripts/tools.sh all

bench:  ## print the benchmark table (sizes, load and filter latency, query layer timings)
	bash scripts/bench.sh

readme-screenshots:  ## copy the screenshots the last test run made into docs/ for the README
	mkdir -p docs
	cp screenshots/chromium-1280-en-light.png docs/screenshot-en-light-1280.png
	cp screenshots/chromium-375-zh-Hans-dark.png docs/screenshot-zh-dark-375.png
	cp screenshots/chromium-1280-en-light-first-screen.png docs/screenshot-first-screen-en-1280.png
	cp screenshots/chromium-375-zh-Hans-dark-first-screen.png docs/screenshot-first-screen-zh-375.png
	cp screenshots/chromium-1280-en-light-tour.png docs/screenshot-tour-en-1280.png
	cp screenshots/chromium-chart-download-en.png docs/chart-download-en.png
	cp screenshots/chromium-chart-download-zh-Hans.png docs/chart-download-zh.png
