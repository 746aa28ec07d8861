#!/bin/sh
# Regenerates tests/import/*.mir from the .rs files next to them with the installed rustc.
cd "$(dirname "$0")" || exit 1
for rs in shapes.rs instances.rs adts.rs generic_fut.rs; do
	rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o "${rs%.rs}.mir" "$rs" || exit 1
done
# shapes_dump/: rustc's -Zdump-mir=StateTransform dumps of four of shapes.rs's async fn bodies,
# before (the coroutine body) and after (the resume fn) the transform.
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d" shapes.rs || exit 1
for n in leaf forward guarded two; do
	for w in before after; do
		cp "$d"/shapes.$n-\{closure#0\}.*.StateTransform.$w.mir shapes_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# xform_dump/: the same for tests/import/xform.rs's async fn bodies (call arguments and an assert operand that
# are constants, an upvar without drop glue, a saved reference dereferenced after the await)
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d" xform.rs || exit 1
mkdir -p xform_dump
for n in leaf consts saved_ref named_const; do
	for w in before after; do
		cp "$d"/xform.$n-\{closure#0\}.*.StateTransform.$w.mir xform_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# check_dump/: the before-dumps (and after-dumps) of tests/import/check.rs's coroutine bodies, for
# `coroslim check tests/import/check_dump` (the passes applied to rustc's bodies, external events)
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d" check.rs || exit 1
mkdir -p check_dump
for n in leaf calls owned never looped; do
	for w in before after; do
		cp "$d"/check.$n-\{closure#0\}.*.StateTransform.$w.mir check_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# linked_dump/: tests/import/linked.rs's before-dumps (and its constructors' dumps), each written by
# bench/real/link.py --link-dumps with the callee coroutines it awaits (issue 24 item 4)
d=$(mktemp -d) || exit 1
mkdir -p "$d/linked"
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d/linked" linked.rs || exit 1
rm -rf linked_dump && mkdir -p "$d/out"
python3 ../../bench/real/link.py --link-dumps "$d" "$d/out" >/dev/null || exit 1
mkdir -p linked_dump
for f in "$d"/out/linked/*-\{closure#0\}.*.StateTransform.before.mir; do
	n=$(basename "$f" | sed 's/^linked\.\([a-z_]*\)-.*/\1/')
	cp "$f" linked_dump/$n.StateTransform.before.mir || exit 1
done
rm -rf "$d"
# bytes_dump/: tests/import/bytes.rs's coroutine bodies (before and after) and rustc's -Zprint-type-sizes of
# the same compile (type-sizes.txt), for `coroslim import tests/import/bytes_dump --format=bytes` (issue 24
# items 1 and 3: rustc's sizes in imported code, each pass in future bytes)
d=$(mktemp -d) || exit 1
mkdir -p bytes_dump
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null -Zprint-type-sizes \
	'-Zdump-mir=StateTransform&{closure#' -Zdump-mir-dir="$d" bytes.rs >bytes_dump/type-sizes.txt || exit 1
for n in twice fat outer generic awaitless instances; do
	for w in before after; do
		cp "$d"/bytes.$n-\{closure#0\}.*.StateTransform.$w.mir bytes_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# handwritten_dump/: tests/import/handwritten.rs's coroutine bodies (before and after): awaits of futures that
# are not coroutines (hand-written, a trait object, a type parameter; issue 24 items 4-5), and a poll by hand
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d" handwritten.rs || exit 1
rm -rf handwritten_dump && mkdir -p handwritten_dump
for n in pure_after forward effect_after glue looped boxed generic by_hand; do
	for w in before after; do
		cp "$d"/handwritten.$n-\{closure#0\}.*.StateTransform.$w.mir handwritten_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# blocks_dump/: tests/import/blocks.rs's before-dumps, each written by bench/real/link.py --link-dumps with the
# bodies it awaits (the async blocks it builds and awaits among them); unlinked/: parent's own dump alone
d=$(mktemp -d) || exit 1
mkdir -p "$d/blocks" "$d/out"
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d/blocks" blocks.rs || exit 1
python3 ../../bench/real/link.py --link-dumps "$d" "$d/out" >/dev/null || exit 1
rm -rf blocks_dump && mkdir -p blocks_dump/unlinked
for n in parent owner two swapped; do
	cp "$d"/out/blocks/blocks.$n-\{closure#0\}.*.StateTransform.before.mir blocks_dump/$n.StateTransform.before.mir || exit 1
done
cp "$d"/blocks/blocks.parent-\{closure#0\}.*.StateTransform.before.mir blocks_dump/unlinked/parent.StateTransform.before.mir || exit 1
rm -rf "$d"
# flash_dump/: tests/import/flash.rs's coroutine bodies and -Zprint-type-sizes (overflow checks on, as the
# dumps of `make real-crates` have them), for `coroslim import tests/import/flash_dump --format=flash` and
# bench/real/flash_validate.py (rustc's own object of flash.rs against the emitted crates)
d=$(mktemp -d) || exit 1
mkdir -p flash_dump
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib --crate-name lib -C opt-level=0 -C overflow-checks=on --emit=mir \
	-o /dev/null -Zprint-type-sizes '-Zdump-mir=StateTransform&{closure#' -Zdump-mir-dir="$d" flash.rs \
	>flash_dump/type-sizes.txt || exit 1
for n in send dispatch relay pure boxed; do
	for w in before after; do
		cp "$d"/lib.$n-\{closure#0\}.*.StateTransform.$w.mir flash_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# glue_dump/: tests/import/glue.rs's coroutine bodies (before and after), for `coroslim import
# tests/import/glue_dump --format=json` and tests/unit/test_import_glue.c (drop glue that only a body's
# own drops show, import_glue.c: where the evidence holds and three shapes where it must not fire)
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	'-Zdump-mir=StateTransform&{closure#' -Zdump-mir-dir="$d" glue.rs || exit 1
rm -rf glue_dump && mkdir -p glue_dump
for n in leaf make own_evidence cross_body shows_info gap variant flagged; do
	for w in before after; do
		cp "$d"/glue.$n-\{closure#0\}.*.StateTransform.$w.mir glue_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# alias_dump/: tests/import/alias.rs's coroutine bodies, compiled against alias_dep.rs (a crate
# re-exporting std's Error as StdError, as serde does): the signatures print that name, `_0` the
# full path (import.c learn_aliases; reqwest's 4 bodies were skipped for it)
d=$(mktemp -d) || exit 1
rustc --edition 2021 --crate-type lib -C opt-level=0 --out-dir "$d" alias_dep.rs || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	--extern alias_dep="$d/libalias_dep.rlib" '-Zdump-mir=StateTransform&{closure#' -Zdump-mir-dir="$d/dump" alias.rs || exit 1
rm -rf alias_dump && mkdir -p alias_dump
for n in leaf aliased local_item {impl#0}-get; do
	for w in before after; do
		cp "$d"/dump/alias.$n-\{closure#0\}.*.StateTransform.$w.mir alias_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
# generic_fut_dump/: tests/import/generic_fut.rs's coroutine bodies: one type parameter name, `Fut`, awaited
# with two Outputs in one module (ambiguous: its polls stay calls, ir/future_extern.c), and once alone
d=$(mktemp -d) || exit 1
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -C opt-level=0 --emit=mir -o /dev/null \
	-Zdump-mir=StateTransform -Zdump-mir-dir="$d" generic_fut.rs || exit 1
rm -rf generic_fut_dump && mkdir -p generic_fut_dump
for n in one get_or_init get_or_try_init; do
	for w in before after; do
		cp "$d"/generic_fut.*$n-\{closure#0\}.*.StateTransform.$w.mir generic_fut_dump/$n.StateTransform.$w.mir || exit 1
	done
done
rm -rf "$d"
