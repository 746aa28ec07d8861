#!/bin/sh
# bench/real/rustc_wrap.sh — cargo's RUSTC_WRAPPER for `make real-crates` (bench/real/run.sh).
# cargo runs `rustc_wrap.sh RUSTC ARGS..`. For a compilation (`--crate-name NAME`, `--out-dir DIR`,
# `-C extra-filename=-HASH`) it keeps what rustc prints for that one unit beside its MIR file
# DIR/NAME-HASH.mir: rustc's stdout (`-Zprint-type-sizes` records, when RUSTFLAGS asks for them) in
# DIR/NAME-HASH.types, and the `-Zdump-mir` files in DIR/NAME-HASH.dump/ (rustc writes every crate's
# dumps into one -Zdump-mir-dir otherwise, and cargo interleaves two units' stdout under -j2).
# Anything else cargo asks rustc (`-vV`, `--print`) passes through untouched. cargo fingerprints
# RUSTFLAGS, not what this adds, so a fresh unit keeps the files of the compile that made it.
rustc=$1
shift
name="" out="" extra="" prev=""
for arg in "$@"; do
	case $prev in
	--crate-name) name=$arg ;;
	--out-dir) out=$arg ;;
	-C) case $arg in extra-filename=*) extra=${arg#extra-filename=} ;; esac ;;
	esac
	prev=$arg
done
if [ -z "$name" ] || [ "$name" = ___ ] || [ -z "$out" ]; then
	exec "$rustc" "$@"
fi
base="$out/$name$extra"
case " $RUSTFLAGS " in
*" -Zdump-mir="*)
	rm -rf "$base.dump"
	mkdir -p "$base.dump"
	exec "$rustc" "$@" "-Zdump-mir-dir=$base.dump" >"$base.types" ;;
esac
exec "$rustc" "$@" >"$base.types"
