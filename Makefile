# The two commands a newcomer needs; each installs what is missing first (scripts/tools.sh).
.PHONY: serve test tools bench

serve:  ## serve the explainer at http://127.0.0.1:8080 (trunk serve)
	bash scripts/serve.sh

test:   ## run every check and test, as CI does
	bash scripts/test.sh

tools:  ## only install the pinned tools
	bash scripts/tools.sh all
