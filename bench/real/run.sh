#!/bin/sh
# bench/real/run.sh — `make real-crates`: rustc's own MIR of real async crates,
# imported by coroslim and measured; writes bench/REAL.md.
#
#   1. installs the Debian packages of bench/real/crates.txt (apt-get, as root,
#      non-interactive; packages already installed are left alone);
#   2. one throw-away cargo project (bench/real/template; bench/real/workspace.py
#      writes its Cargo.toml) with every crate of the system registry as a
#      dependency (crates.txt's 4th column puts a crate in a project of its own),
#      whose .cargo/config.toml replaces crates-io with /usr/share/cargo/registry,
#      offline, and one `cargo check` with RUSTFLAGS=--emit=mir (dev profile):
#      every library of the build is checked once, with the union of the features
#      the crates ask for, and writes its MIR (the crates' own and their
#      dependencies': the whole program, step 4), its -Zprint-type-sizes and its
#      coroutines' -Zdump-mir=StateTransform dumps (bench/real/rustc_wrap.sh keeps
#      them per unit). One cargo target directory, build/real/target: a second run
#      rebuilds nothing that did not change (cargo's fingerprints key every unit by
#      package version, features, flags and rustc version). `cargo check` writes
#      the same MIR as `cargo build` (rustc's optimized_mir; no LLVM codegen is
#      needed for it). A crate of another registry (trixie), or of a project that
#      fails to build, is built in a project of its own, as it was for all;
#   3. `coroslim import --format=md` over every crate's MIR -> bench/REAL.md;
#   4. bench/real/link.py: every await of every crate's coroutines resolved
#      against the crate's MIR and its dependencies' (whole program) -> a
#      section of bench/REAL.md.
# No third-party MIR is committed: it lives in build/real (`make clean`).
# Prints "real-crates: skipped (...)" and exits 0 when cargo/rustc or apt are missing.
#
# Environment: COROSLIM (default ./coroslim), OUT (default bench/REAL.md),
# KEEP=1 keeps the work directory, CRATES to measure only some (space separated),
# DUMPS=1 also links rustc's -Zdump-mir=StateTransform|coroutine_drop dumps, with
# the crate's -Zprint-type-sizes as type-sizes.txt, as work/dump/CRATE (the input of
# the before/after comparison, issue 24) and writes REAL.md's check and bytes sections,
# REAL_CACHE (default build/real: the cargo target directory), JOBS (cargo -j,
# default 2).
#
# A package written `trixie:PACKAGE` is not in this machine's release (bookworm):
# tests/crate/fetch-trixie.sh downloads it from Debian trixie into a private
# cargo registry under build/trixie (cached; nothing installed, the system's apt
# configuration untouched), and that crate's project uses that registry.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 1
out=${OUT:-bench/REAL.md}
coroslim=${COROSLIM:-./coroslim}
registry=/usr/share/cargo/registry

skip() { echo "real-crates: skipped ($*)"; exit 0; }
command -v cargo >/dev/null 2>&1 || skip "cargo is not installed"
command -v rustc >/dev/null 2>&1 || skip "rustc is not installed"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed (bench/real/link.py)"

# the crate list: package crate features
list=$(grep -v '^#' "$here/crates.txt" | awk 'NF >= 2')
if [ -n "${CRATES:-}" ]; then
	list=$(echo "$list" | awk -v want=" $CRATES " 'index(want, " " $2 " ") > 0')
fi

# 1. packages
missing=""
for pkg in $(echo "$list" | awk '$1 !~ /^trixie:/ {print $1}'); do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
	if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
		[ -d "$registry" ] || skip "apt-get unavailable (or not root) and no $registry"
		echo "real-crates: cannot install$missing (no apt-get or not root); measuring what is there"
	else
		echo "real-crates: installing$missing"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || skip "apt-get update failed"
		for pkg in $missing; do # one by one: a package the mirror lacks must not stop the others
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >/dev/null 2>&1 ||
				echo "real-crates: apt-get could not install $pkg"
		done
	fi
fi
[ -d "$registry" ] || skip "no $registry"

# the importer: `coroslim import`, or the stand-alone driver over the same objects
work=$(mktemp -d "${TMPDIR:-/tmp}/coroslim-real.XXXXXX") || exit 1
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT INT TERM
if "$coroslim" import --help >/dev/null 2>&1; then
	importer="$coroslim import"
else
	make -s >/dev/null || exit 1
	objs=$(ls build/ir/*.o build/passes/*.o build/frontend/*.o build/measure/*.o)
	${CC:-cc} -std=c11 -O2 -o "$work/import" "$here/import_main.c" $objs || exit 1
	importer="$work/import"
fi

# 2. MIR: one project for every crate of the system registry (each library of their union checked
# once, features unified: bench/real/workspace.py), crate by crate for the others (trixie) and for all
# of them when that one build fails (a crate that does not build is then reported, not fatal)
cache=${REAL_CACHE:-$root/build/real}
mkdir -p "$cache"
export CARGO_TARGET_DIR="$cache/target"
# every crate of a build writes its MIR (cargo check: metadata and MIR, no codegen), its type sizes
# (-Zprint-type-sizes) and its coroutines' bodies before and after StateTransform and their drop shims
# (-Zdump-mir: closures' def paths only); bench/real/rustc_wrap.sh keeps the last two per unit
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="--emit=mir -Zprint-type-sizes -Zdump-mir=StateTransform&{closure#|coroutine_drop"
export RUSTC_WRAPPER="$here/rustc_wrap.sh"
unset CARGO_BUILD_RUSTFLAGS CARGO_ENCODED_RUSTFLAGS RUSTC_WORKSPACE_WRAPPER
jobs=${JOBS:-2}
started=$(date +%s)
# record CRATE VERSION: $work/mirs-CRATE ("name version mir", the crate's own first) is written
record() {
	mir=$(awk 'NR == 1 {print $3}' "$work/mirs-$1")
	if [ -z "$mir" ] || [ ! -f "$mir" ]; then
		echo "$1 $2: no MIR file written" >>"$work/failed"
		return
	fi
	echo "$1-$2=$mir" >>"$work/labels"
	echo "$1-$2=$work/mirs-$1" >>"$work/links"
	echo "real-crates: $1 $2: $(grep -c '^fn ' "$mir") fns, $(($(wc -l <"$work/mirs-$1") - 1)) dependencies' MIR ($(($(date +%s) - started))s)" >&2
	if [ "${DUMPS:-0}" = 1 ]; then # rustc's dumps of this crate's coroutines, as the build wrote them
		mkdir -p "$work/dump"
		rm -rf "$work/dump/$1"
		if [ -d "${mir%.mir}.dump" ]; then
			# rustc's -Zprint-type-sizes of the same compile, beside the dumps (import --format=bytes)
			[ -f "${mir%.mir}.types" ] && cp "${mir%.mir}.types" "${mir%.mir}.dump/type-sizes.txt"
			ln -s "${mir%.mir}.dump" "$work/dump/$1"
		else
			echo "real-crates: $1: no -Zdump-mir directory beside $mir"
		fi
	fi
}
# project P: one cargo project for the crates of the system registry whose 4th column in crates.txt
# is P (none: "all"); 0 when it built and its crates are recorded
project() {
	lines=$(echo "$list" | awk -v p="$1" '$1 !~ /^trixie:/ && ($4 == p || (p == "all" && NF < 4))')
	[ -n "$lines" ] || return 0
	proj="$work/proj-$1"
	cp -r "$here/template" "$proj"
	echo "$lines" | python3 "$here/workspace.py" manifest "$registry" >"$proj/Cargo.toml" 2>"$work/failed-$1"
	if (cd "$proj" && cargo check -q -j "$jobs" --message-format=json-render-diagnostics) \
		>"$work/msgs-$1" 2>"$work/log-$1" &&
		(cd "$proj" && cargo metadata -q --offline --format-version 1) >"$work/meta-$1" 2>>"$work/log-$1"; then
		cat "$work/failed-$1" >>"$work/failed"
		echo "$lines" | python3 "$here/workspace.py" mirs "$work/meta-$1" "$work/msgs-$1" "$work" >"$work/built-$1"
		echo "$lines" | while read -r pkg crate features _; do
			version=$(awk -v c="$crate" '$1 == c {print $2}' "$work/built-$1")
			if [ -n "$version" ]; then
				record "$crate" "$version"
			elif grep -q "^$crate " "$proj/Cargo.toml"; then
				echo "$crate: no MIR file written (package $pkg)" >>"$work/failed"
			fi
		done
		return 0
	fi
	echo "real-crates: the project $1 of $(echo "$lines" | wc -l) crates failed ($(grep -m1 'error' "$work/log-$1" | cut -c1-200)); crate by crate" >&2
	echo "$lines" >>"$work/rest"
	return 1
}
echo "$list" | awk '$1 ~ /^trixie:/' >"$work/rest"
for p in $(echo "$list" | awk '$1 !~ /^trixie:/ {print NF < 4 ? "all" : $4}' | sort -u); do
	project "$p"
done
rest=$(cat "$work/rest")
trixie_registry=""
if echo "$rest" | grep -q '^trixie:'; then
	trixie_registry=$(sh "$root/tests/crate/fetch-trixie.sh" "$root/build/trixie") ||
		echo "real-crates: the trixie registry could not be fetched (see above)"
fi
echo "$rest" | while read -r pkg crate features _; do
	[ -n "$crate" ] || continue
	reg=$registry
	case $pkg in
	trixie:*)
		reg=$trixie_registry
		if [ -z "$reg" ]; then
			echo "$crate: not fetched from trixie (package ${pkg#trixie:}; tests/crate/fetch-trixie.sh failed)" >>"$work/failed"
			continue
		fi ;;
	esac
	version=$(ls "$reg" | sed -n "s/^$crate-\([0-9][0-9.]*\)\$/\1/p" | sort -V | tail -1)
	if [ -z "$version" ]; then
		echo "$crate: not in $reg (package $pkg)" >>"$work/failed"
		continue
	fi
	proj="$work/proj-$crate"
	cp -r "$here/template" "$proj"
	[ "$reg" = "$registry" ] || sed -i "s|^directory = .*|directory = \"$reg\"|" "$proj/.cargo/config.toml"
	emit() { # $1: features toml or empty
		sed 's/@@//' "$proj/Cargo.toml.in" >"$proj/Cargo.toml"
		echo "$crate = { version = \"=$version\"$1 }" >>"$proj/Cargo.toml"
		# the compiler-artifact messages name every lib of the build (fresh ones too): the MIR files
		(cd "$proj" && cargo check -q -j "$jobs" --message-format=json-render-diagnostics) \
			>"$work/msgs-$crate" 2>"$work/log-$crate"
	}
	if [ "$features" != "-" ] && emit ", features = [\"$(echo "$features" | sed 's/,/", "/g')\"]"; then
		:
	elif emit ""; then
		:
	else
		echo "$crate $version: cargo failed: $(grep -m1 'error' "$work/log-$crate" | cut -c1-200)" >>"$work/failed"
		continue
	fi
	# "crate version mir-file" per lib of the build, the crate's own first
	python3 "$here/link.py" --artifacts "$crate" "$version" <"$work/msgs-$crate" >"$work/mirs-$crate"
	record "$crate" "$version"
done
built=$(date +%s)
# the report's order is crates.txt's, whichever build made a crate's MIR
for f in labels links; do
	[ -f "$work/$f" ] || continue
	echo "$list" | awk '{print $2}' | while read -r crate; do
		grep "^$crate-[0-9][0-9.]*=" "$work/$f"
	done >"$work/$f.sorted"
	mv "$work/$f.sorted" "$work/$f"
done

files=$(cat "$work/labels" 2>/dev/null)
[ -n "$files" ] || skip "no crate could be built"

# 3. the report, 4. the whole program (link.py reads the same MIR files, in parallel with the import)
python3 "$here/link.py" --md $(cat "$work/links") >"$work/link.md" 2>"$work/link.log" &
linker=$!
$importer --format=md $files >"$work/import.md" 2>"$work/import.log"
imported=$(date +%s)
wait $linker || echo "real-crates: link.py failed (see $work/link.log)"
linked=$(date +%s)
{
	cat "$work/import.md"
	echo
	echo "## Crates not measured"
	echo
	if [ -s "$work/failed" ]; then sed 's/^/- /' "$work/failed"; else echo "None."; fi
	echo
	echo "## How this was produced"
	echo
	echo "\`make real-crates\` (\`sh bench/real/run.sh\`) with $(rustc --version | cut -d' ' -f1-2) and"
	echo "$(cargo --version | cut -d' ' -f1-2); crate list: \`bench/real/crates.txt\`."
	echo "The MIR read is \`cargo check\` with \`RUSTFLAGS=--emit=mir\` (the same text as \`cargo rustc -- --emit=mir\`"
	echo "writes, without codegen; DESIGN.md, make real-crates), every crate a dependency of one cargo project"
	echo "(isahc and tower of a second, trixie's crate of its own: crates.txt) in one cargo target directory."
	echo "Every table above and the whole-program section below come from this one run; its times:"
	echo "cargo check of $(wc -l <"$work/labels") crates $((built - started))s (cached in \`${REAL_CACHE:-build/real}\`: a"
	echo "library already checked by an earlier run is not checked again), \`coroslim import\`"
	echo "$((imported - built))s, \`bench/real/link.py\` (beside the import) $((linked - built))s."
	echo
	cat "$work/link.md"
	# the hand-written sections that follow (the transform comparison of DUMPS=1 dumps): carried over
	if [ -f "$out" ]; then
		awk '/^## coroslim.s state transform against rustc.s/ { keep = 1; print "" } keep' "$out"
	fi
} >"$out.tmp" && mv "$out.tmp" "$out"
echo "real-crates: cargo $((built - started))s, import $((imported - built))s, link $((linked - built))s"
echo "real-crates: wrote $out ($(grep -m1 'coroutines) found' "$out" | sed 's/^- //'))"
# issue 24 items 3 and 7: with the dumps, every pass applied to rustc's own coroutine bodies and
# checked (`coroslim check DUMPDIR`, debug and --release): its section of bench/REAL.md
if [ "${DUMPS:-0}" = 1 ] && [ -d "$work/dump" ] && "$coroslim" check --help >/dev/null 2>&1; then
	python3 "$here/check_section.py" "$work/dump" --out "$out" --coroslim "$coroslim" ||
		echo "real-crates: bench/real/check_section.py failed"
	# issue 24 items 1-3 and 7, issue 26: rustc's sizes in the imported bodies, each pass in future bytes and
	# (FLASH=z|s|3, default z; FLASH=0 skips it: about 10 minutes of rustc here) in machine-code bytes
	if [ "${FLASH:-z}" = 0 ]; then
		python3 "$here/bytes_section.py" "$work/dump" --out "$out" --coroslim "$coroslim" --jobs "$jobs"
	else
		python3 "$here/bytes_section.py" "$work/dump" --out "$out" --coroslim "$coroslim" --jobs "$jobs" \
			--flash "${FLASH:-z}"
	fi || echo "real-crates: bench/real/bytes_section.py failed"
fi
