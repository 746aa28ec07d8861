#!/bin/sh
# Regenerates tests/link/dep.mir and app.mir (rustc --emit=mir of dep.rs and of app.rs built against it) with
# the installed rustc; then `make link-bless` regenerates the expected output.
cd "$(dirname "$0")" || exit 1
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
rustc --edition 2021 --crate-type lib --crate-name dep -C opt-level=0 --emit=mir=dep.mir,metadata="$d/libdep.rmeta" dep.rs || exit 1
rustc --edition 2021 --crate-type lib --crate-name app -C opt-level=0 --emit=mir=app.mir,metadata="$d/libapp.rmeta" \
	--extern dep="$d/libdep.rmeta" app.rs || exit 1
