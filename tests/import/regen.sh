#!/bin/sh
# Regenerates tests/import/*.mir from the .rs files next to them with the installed rustc.
cd "$(dirname "$0")" || exit 1
for rs in shapes.rs instances.rs adts.rs; do
	rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o "${rs%.rs}.mir" "$rs" || exit 1
done
