#!/bin/sh
# Regenerates tests/import/shapes.mir from shapes.rs with the installed rustc.
cd "$(dirname "$0")" && rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o shapes.mir shapes.rs
