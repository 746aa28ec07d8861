# lib.sh — shared by check_rustc.sh and fuzz-diff.sh (sourced; needs ROOT set).

GEN=${GEN:-$ROOT/build/fuzz/gen}

# Build the generator when it is missing or older than one of its files.
build_gen() {
	stale=0
	for f in "$ROOT"/tests/fuzz/gen.c "$ROOT"/tests/fuzz/gen_base.c "$ROOT"/tests/fuzz/gen_code.c "$ROOT"/tests/fuzz/gen.h; do
		if [ "$f" -nt "$GEN" ]; then stale=1; fi
	done
	if [ ! -x "$GEN" ] || [ $stale = 1 ]; then
		mkdir -p "$(dirname "$GEN")"
		${CC:-cc} -O2 -std=c11 -o "$GEN" "$ROOT/tests/fuzz/gen.c" "$ROOT/tests/fuzz/gen_base.c" \
			"$ROOT/tests/fuzz/gen_code.c" || {
			echo "cannot build $GEN" >&2
			return 1
		}
	fi
}

# The `fn main` body: construct and drop every async fn's future, with the
# arguments of its `//@ args: NAME v1,v2` line (a fn without one gets none).
main_calls() {
	awk '
	/^[ \t]*\/\/@[ \t]*args:/ {
		line = $0; sub(/^[ \t]*\/\/@[ \t]*args:[ \t]*/, "", line)
		name = line; sub(/[ \t].*/, "", name)
		rest = line; if (!sub(/^[^ \t]+[ \t]+/, "", rest)) rest = ""
		gsub(/,/, ", ", rest); args[name] = rest; next
	}
	# top-level async fns only (an impl's or trait's are indented); a parameter of
	# type Guard gets guard(v), a reference one &v / &mut v of a temporary
	/^async[ \t]+fn[ \t]/ {
		s = $0; sub(/^async[ \t]+fn[ \t]+/, "", s); name = s; sub(/[ \t(<].*/, "", name)
		order[n++] = name
		ps = s; sub(/^[^(]*\(/, "", ps); sub(/\).*/, "", ps)
		np = split(ps, parts, ",")
		for (k = 1; k <= np; k++) {
			ty = parts[k]; sub(/^[^:]*:[ \t]*/, "", ty); sub(/[ \t]+$/, "", ty)
			wrap[name, k] = ty == "Guard" ? "guard" : ty ~ /^&mut / ? "&mut " : ty ~ /^&/ ? "&" : ""
		}
	}
	END {
		for (i = 0; i < n; i++) {
			f = order[i]; out = ""
			if (f in args) {
				na = split(args[f], vs, ", ")
				for (k = 1; k <= na; k++) {
					v = vs[k]; w = wrap[f, k]
					v = w == "guard" ? "guard(" v ")" : w v
					out = out (k > 1 ? ", " : "") v
				}
			}
			printf "    let _ = %s(%s);\n", f, out
		}
	}
	' "$1"
}

# rustc_compile FILE TMPDIR: compile FILE as a bin crate (to an object file:
# --emit=metadata would skip the deny-by-default overflow lints); rustc's output on stdout/stderr.
rustc_compile() {
	crate=$2/crate_$$.rs
	{
		echo '#![allow(unused)]'
		echo "include!(\"$ROOT/tests/rust/prelude.rs\");"
		cat "$1"
		echo
		echo 'fn main() {'
		main_calls "$1"
		echo '}'
	} >"$crate"
	# report locations in FILE itself (the crate has two lines before it)
	rustc --edition 2021 --crate-type bin --crate-name fuzzcrate -C opt-level=0 \
		--emit=obj -o "$2/crate_$$.o" "$crate" >"$2/rustc_$$.log" 2>&1
	rc=$?
	awk -v crate="$crate" -v file="$1" '{
		while ((i = index($0, crate ":")) > 0) {
			rest = substr($0, i + length(crate) + 1)
			n = rest + 0; sub(/^[0-9]+/, "", rest)
			$0 = substr($0, 1, i - 1) file ":" (n - 2) rest
		}
		print
	}' "$2/rustc_$$.log"
	return $rc
}

# rustc_run FILE TMPDIR: build FILE with a `fn main` that polls every async fn's
# future to completion (noop waker, debug build: overflow checks on) and prints
# `ready NAME` or `panic NAME` per fn. Exit 1 if it does not build or run.
rustc_run() {
	crate=$2/run_$$.rs
	{
		echo '#![allow(unused)]'
		echo "include!(\"$ROOT/tests/rust/prelude.rs\");"
		cat "$1"
		echo
		echo 'fn __poll<F: Future>(f: F) -> bool {'
		echo '    let mut f = Box::pin(f);'
		echo '    let mut cx = Context::from_waker(std::task::Waker::noop());'
		echo '    for _ in 0..1000000 { if let Poll::Ready(_) = f.as_mut().poll(&mut cx) { return true; } }'
		echo '    false'
		echo '}'
		echo 'fn main() {'
		echo '    std::panic::set_hook(Box::new(|_| {}));'
		main_calls "$1" | sed -n 's/^    let _ = \(\([A-Za-z0-9_]*\)(.*)\);$/    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| __poll(\1))) { Ok(true) => println!("ready \2"), Ok(false) => println!("stuck \2"), Err(_) => println!("panic \2") }/p'
		echo '}'
	} >"$crate"
	rustc --edition 2021 --crate-name fuzzrun -C opt-level=0 -o "$2/run_$$" "$crate" >"$2/rustc_$$.log" 2>&1 || {
		grep -E '^error' "$2/rustc_$$.log" | head -3
		return 1
	}
	timeout 10 "$2/run_$$"
}
