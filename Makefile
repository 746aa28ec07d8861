# coroslim — POSIX-style Makefile. `make` builds ./coroslim; `make check` runs every test.
CC ?= cc
CFLAGS ?= -O3 -g -flto=auto
CFLAGS += -std=c11 -Wall -Wextra -Wpedantic
BUILD ?= build
BIN ?= ./coroslim

# The rooms (DESIGN.md, The house): frontend/ (ways into the IR), ir/, passes/
# (the transforms), measure/ (check, stats, reports, bytes); main.c the driver.
# tests/broken/ (deliberately wrong passes) is linked into tests only.
LIB_SRC := $(sort $(wildcard frontend/*.c) $(wildcard ir/*.c) $(wildcard passes/*.c) $(wildcard measure/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
HDRS := $(wildcard ir/*.h passes/*.h frontend/*.h measure/*.h tests/broken/*.h)
TEST_OBJ := $(BUILD)/tests/broken/broken_passes.o
TEST_OBJ += $(BUILD)/tests/broken/broken_extern.o
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all check unit golden sanitize tsan clean cmocka bless robust robust-run bench-robust rustc-check rustc-layout real-crates rustc-fuzz fuzz-diff fuzz-check fuzz-smoke fuzz-long rustc-emit rustc-emit-bytes rustc-emit-thumb-layout rustc-bytes rustc-run native-run
.PHONY: rustc-mir rustc-borrowck rustc-warnings
.PHONY: rustc-enum-layout
all: $(BIN)

$(BUILD)/%.o: %.c $(HDRS) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BIN): $(BUILD)/main.o $(LIB_OBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ) $(TEST_OBJ) $(HDRS) $(wildcard tests/unit/*.h) | cmocka
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJ) $(TEST_OBJ) $(LDFLAGS) -lcmocka

# coroslim with the broken passes known to `check --passes=` (tests/fuzz/README.md)
$(BUILD)/main_as_lib.o: main.c $(HDRS) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Dmain=coroslim_main -c $< -o $@
$(BUILD)/tests/coroslim-broken: $(BUILD)/tests/broken/broken_main.o $(BUILD)/main_as_lib.o $(TEST_OBJ) $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)

# cmocka is needed by the unit tests only; install it when missing (Debian).
cmocka:
	@printf '#include <stdarg.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <setjmp.h>\n#include <cmocka.h>\n' | \
	  $(CC) -E -x c - >/dev/null 2>&1 || sh tests/install-cmocka.sh

unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do $$t >$$t.log 2>&1 || { echo "FAIL $$t"; tail -20 $$t.log; fail=1; }; done; \
	  [ $$fail = 0 ] && echo "unit: $(words $(UNIT_BIN)) test programs passed"; exit $$fail

golden: $(BIN)
	@sh tests/run.sh $(BIN)
	@echo "the same on three threads (COROSLIM_JOBS=3):" && COROSLIM_JOBS=3 NO_CHECK=1 sh tests/run.sh $(BIN)

FUZZ_N ?= 2000
check: unit golden fuzz-check robust

# a few thousand generated programs through `coroslim check`, debug and release
fuzz-check: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen BIN=$(BIN) sh tests/fuzz/campaign.sh $(FUZZ_N)

# the long campaign (README records its figures): FUZZ_LONG programs from seed 100000
FUZZ_LONG ?= 100000
fuzz-long: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen BIN=$(BIN) sh tests/fuzz/campaign.sh $(FUZZ_LONG) 100000

bless: $(BIN)
	@BLESS=1 sh tests/run.sh $(BIN)
	@sh tests/robust/run.sh $(BIN) bless

# AddressSanitizer + UBSan build of everything, then the whole test suite with it.
SAN_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
sanitize:
	$(MAKE) BUILD=build-san BIN=./coroslim-san CC=clang CFLAGS="$(SAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" FUZZ_N=300 check

# tests/robust (issue 23: limits, silent results, layouts, unbounded input) on
# the ASan + UBSan build (build-san, shared with `make sanitize`); part of check.
# Needs clang (Debian `clang`, installed by tests/install-clang.sh when missing)
robust:
	@command -v clang >/dev/null 2>&1 || sh tests/install-clang.sh
	@$(MAKE) --no-print-directory BUILD=build-san BIN=./coroslim-san CC=clang CFLAGS="$(SAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" robust-run

robust-run: $(BIN)
	@sh tests/robust/run.sh $(BIN)

# ThreadSanitizer on what runs threads (DESIGN.md, Threads): bodies built on several
# threads (test_lower compares them with one thread on the corpus and a generated
# 1,200-fn module), the verifier's and stats' loops, stats' sync twin. POSIX threads: clang 14's TSan does not intercept C11 threads.
TSAN_FLAGS = -O1 -g -fsanitize=thread -DCOROSLIM_PTHREADS
tsan:
	$(MAKE) BUILD=build-tsan BIN=./coroslim-tsan CC=clang CFLAGS="$(TSAN_FLAGS)" LDFLAGS="-fsanitize=thread" \
	  ./coroslim-tsan build-tsan/tests/test_lower build-tsan/fuzz/gen
	TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/test_lower
	TSAN_OPTIONS=halt_on_error=1 COROSLIM_JOBS=4 ./coroslim-tsan stats --release bench/*.rs >/dev/null
	for f in $(filter-out tests/rust/prelude.rs,$(wildcard tests/rust/*.rs)); do \
	  TSAN_OPTIONS=halt_on_error=1 COROSLIM_JOBS=3 ./coroslim-tsan opt $$f --release --verify-each >/dev/null || exit 1; done
	# generated programs: many fns per module, so passes (merge-states' sort) run on several at once
	d=$$(mktemp -d) && build-tsan/fuzz/gen --seed 1 --count 100 --out $$d >/dev/null && \
	for f in $$d/*.rs; do \
	  TSAN_OPTIONS=halt_on_error=1 COROSLIM_JOBS=4 ./coroslim-tsan opt $$f --release >/dev/null || { rm -rf $$d; exit 1; }; done; \
	rm -rf $$d
	@echo "tsan: no data race reported"

rustc-check:
	@python3 tests/rustc/compile_all.py tests/rust bench

# issue 22 (borrow conflicts): every must-reject program is rejected by rustc 1.95 on the marked
# line with the marked code (`//~ ERROR [E0499] ..`), every must-accept program compiles
rustc-borrowck:
	@python3 tests/rustc/compile_all.py $(wildcard tests/rust/invalid/borrow_*.rs) $(wildcard tests/build/borrow_*.rs)

# warn28: coroslim's warnings equal rustc 1.95's (the lints it models: lint, line, column, first
# line, order) on tests/warn (its goldens, in `make check` through tests/run.sh) and the corpus
# (warn29: tests/opt, bench and tests/build too; a program both reject compares rustc's warnings)
rustc-warnings: $(BIN)
	@BIN=$(abspath $(BIN)) python3 tests/rustc/compare_warnings.py $(wildcard tests/warn/*.rs) \
	  $(wildcard tests/rust/*.rs tests/opt/*.rs bench/*.rs tests/build/*.rs)

# every coroutine of the corpus: states, saved locals per variant and size vs rustc -Zprint-type-sizes
rustc-layout: $(BIN)
	@python3 tests/rustc/compare_layout.py

# issue 22 item 4 (enums): every enum's layout as -Zprint-type-sizes prints it, line for line
rustc-layout: rustc-enum-layout
rustc-enum-layout: $(BIN)
	@python3 tests/rustc/compare_enum_layout.py --coroslim $(BIN)

# issue 22 (drops): coroslim build / lower / drop shims text for text vs rustc 1.95's
# -Zdump-mir=StateTransform|coroutine_drop, debug/release x unwind/abort, on RUSTC_MIR_PROGRAMS
RUSTC_MIR_PROGRAMS ?= tests/rust/guard_move_callee.rs tests/rust/guard_move_block.rs \
  tests/rust/guard_move_one_path.rs tests/opt/isa_upvar_guard.rs tests/build/guard_move_upvar.rs \
  tests/rust/guard_across_await.rs
# issue 22 item 4 (subset): the struct programs too (a command-line RUSTC_MIR_PROGRAMS replaces both)
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/struct_*.rs)
# issue 22 item 4 (enums): the enum programs too
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/enum_*.rs) tests/build/enum_capture.rs
# issue 22 item 4 (methods branch): references
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/ref_*.rs) $(wildcard tests/rust/method_*.rs) \
  $(wildcard tests/rust/trait_*.rs)
# issue 23 (limits23): an else-if chain, lowered in a loop (else_if_diverging.rs differs: DESIGN.md)
RUSTC_MIR_PROGRAMS += tests/rust/else_if_chain.rs
# issue 22 item 4 (arrays)
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/array_*.rs)
# issue 22 item 4 (opt22 branch): Option / Result, `?`, if let / while let
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/option_*.rs) $(wildcard tests/rust/result_*.rs) \
  $(wildcard tests/rust/try_*.rs) $(wildcard tests/rust/iflet_*.rs)
# issue 22 item 4 (scrut22): SimplifyCfg's goto chains (a `continue` after an `if .. { break }`)
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/cfg_*.rs)
# issue 22 item 4 (range24): range patterns, a FalseEdge's imaginary target counted by SimplifyCfg
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/range_*.rs)
rustc-mir: $(BIN)
	@python3 tests/rustc/compare_mir.py --coroslim=$(BIN) $(RUSTC_MIR_PROGRAMS)
# issue 22 (sync fns): every fn item is compared too (compare_mir.py `fn` / `fn-after`); the sync programs,
# and the script's own check (a changed sync fn found and named, the allowlist tests/rustc/mir-known-divergences)
RUSTC_MIR_PROGRAMS += tests/rust/sync_fns.rs tests/rust/sync_only.rs tests/rust/unit_fns.rs
.PHONY: rustc-mir-selftest rustc-mir-all
rustc-mir: rustc-mir-selftest
rustc-mir-selftest: $(BIN)
	@python3 tests/rustc/compare_mir_selftest.py --coroslim $(BIN)
# the whole corpus (tests/rust, tests/opt, tests/build, bench) and RUSTC_MIR_GEN generated programs, all
# four configs: about 1,100 rustc compiles
RUSTC_MIR_GEN ?= 60
rustc-mir-all: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen python3 tests/rustc/compare_mir.py --coroslim=$(BIN) --gen=$(RUSTC_MIR_GEN) \
	  $(filter-out tests/rust/prelude.rs,$(wildcard tests/rust/*.rs)) $(wildcard tests/opt/*.rs) \
	  $(wildcard tests/build/*.rs) $(wildcard bench/*.rs)

# `coroslim emit` of every program (tests/rust, tests/opt, tests/build, bench), debug/release x
# unwind/abort, after lowering, every pass alone and the pipeline, compiles with rustc 1.95 at Oz and O0
rustc-emit: $(BIN)
	@python3 tests/rustc/emit_all.py -j 2

# the emitter's method error, bytes of the emitted baseline vs rustc's own compile: an alias of
# bytes-fidelity (bench/bytes_fidelity.py, the one fidelity script)
rustc-emit-bytes: bytes-fidelity

# coroutine layouts of `coroslim emit --target=thumbv7em/thumbv6m` vs rustc -Zprint-type-sizes for those
# targets; needs core for thumb under THUMB_SYSROOT (skipped without it)
THUMB_SYSROOT ?= build/sysroot
rustc-emit-thumb-layout: $(BIN)
	@python3 tests/rustc/emit_thumb_layout.py --sysroot $(THUMB_SYSROOT)
# coroslim bytes against rustc compiles and binutils measured independently (tests/rustc/bytes_check.py)
rustc-bytes: $(BIN)
	@python3 tests/rustc/bytes_check.py --coroslim $(BIN)
# rustc as the oracle of behaviour: every program of tests/rust, tests/opt, tests/build, bench and
# RUSTC_RUN_GEN generated ones compiled by rustc 1.95 with tests/native/executor.rs (debug/release x
# unwind/abort), run under every schedule `coroslim check` uses, traces compared with `coroslim run`;
# known divergences: tests/native/known-divergences
RUSTC_RUN_GEN ?= 20
RUSTC_RUN_CONFIGS ?= debug-unwind,release-unwind,debug-abort,release-abort
# issue 22: the sample adds 2 generated programs per shape named (whatever the seeds force)
RUSTC_RUN_SHAPES ?= let_move,nested,patterns
rustc-run: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen BIN=$(BIN) python3 tests/native/rustc_run.py --gen=$(RUSTC_RUN_GEN) \
	  --gen-shapes=$(RUSTC_RUN_SHAPES) --configs=$(RUSTC_RUN_CONFIGS) --jobs=2

# issue 20 item 4: `coroslim emit` of every program after lowering, after each pass alone and after the
# pipeline, one bin per program and config with the same executor (RUSTC_BOOTSTRAP=1: custom MIR), run
# under the same schedules; traces must equal `coroslim run`'s up to check's re-poll allowances. Says
# "skipped" while $(BIN) has no emit command. Known divergences: tests/native/known-divergences-emit
NATIVE_RUN_GEN ?= 10
NATIVE_RUN_CONFIGS ?= debug-unwind,release-unwind,debug-abort,release-abort
# and 2 generated programs per shape named (issue 20: Option, Result, `?` and arrays emitted)
NATIVE_RUN_SHAPES ?= array,option
native-run: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen BIN=$(BIN) python3 tests/native/rustc_run.py --emit --gen=$(NATIVE_RUN_GEN) \
	  --gen-shapes=$(NATIVE_RUN_SHAPES) --configs=$(NATIVE_RUN_CONFIGS) --jobs=2

# rustc's own MIR of >= 10 Debian-packaged async crates, imported; writes bench/REAL.md. cargo check with
# RUSTFLAGS=--emit=mir in one target dir, build/real (cargo's cache); bench/real/link.py: the whole-program section
real-crates: $(BIN)
	@sh bench/real/run.sh

# import --format=flash (measure/emit_import.c): each pass's machine-code bytes on tests/import/flash.rs's
# rustc bodies (must fire / must not fire), and the method's error against rustc's own object (Oz, 10%)
.PHONY: import-flash-check
import-flash-check: $(BIN)
	@python3 tests/import/flash_check.py $(BIN)
	@python3 bench/real/flash_validate.py --coroslim=$(BIN) --opt-level=z --check=10 \
		tests/import/flash.rs:tests/import/flash_dump
check: import-flash-check

# bench/real/link.py (real-crates' whole-program section) on tests/link's rustc MIR of two crates
.PHONY: link-test link-bless
link-test:
	@sh tests/link/run.sh
link-bless:
	@sh tests/link/run.sh bless
check: link-test
bless: link-bless

# random programs (tests/fuzz/gen*.c): rustc must accept them; coroslim check must find no mismatch
# fuzz-diff.sh runs `coroslim check` (every pass alone + the pipeline) in debug and release;
# FUZZ_PASSES adds runs restricted to single passes
FUZZ_PASSES ?=
GEN_SRC := tests/fuzz/gen.c tests/fuzz/gen_base.c tests/fuzz/gen_code.c
$(BUILD)/fuzz/gen: $(GEN_SRC) tests/fuzz/gen.h
	@mkdir -p $(dir $@)
	$(CC) -O2 -std=c11 -Wall -Wextra -Wpedantic -o $@ $(GEN_SRC)

rustc-fuzz: $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen sh tests/fuzz/check_rustc.sh 200

N ?= 200
fuzz-diff: $(BIN) $(BUILD)/fuzz/gen
	@GEN=$(BUILD)/fuzz/gen BIN=$(BIN) PASSES="$(FUZZ_PASSES)" sh tests/fuzz/fuzz-diff.sh $(N)

# libFuzzer targets for the .rs and .mir parsers (clang); FUZZ_TIME seconds each
FUZZ_TIME ?= 600
$(BUILD)/fuzz/fuzz_rs $(BUILD)/fuzz/fuzz_mir: $(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRC) $(HDRS)
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=c11 -I. $< $(LIB_SRC) -o $@

fuzz-smoke: $(BUILD)/fuzz/fuzz_rs $(BUILD)/fuzz/fuzz_mir
	@mkdir -p $(BUILD)/fuzz/corpus_rs $(BUILD)/fuzz/corpus_mir
	$(BUILD)/fuzz/fuzz_rs -max_total_time=$(FUZZ_TIME) -max_len=16384 -dict=tests/fuzz/rust.dict $(BUILD)/fuzz/corpus_rs tests/fuzz/corpus_rs
	$(BUILD)/fuzz/fuzz_mir -max_total_time=$(FUZZ_TIME) -max_len=40000 $(BUILD)/fuzz/corpus_mir tests/fuzz/corpus_mir

clean:
	rm -rf build build-san build-tsan coroslim coroslim-san coroslim-tsan

# The method error of coroslim bytes: emitted `lower` vs rustc's own compile -> bench/BYTES-FIDELITY.md
.PHONY: bytes-fidelity
bytes-fidelity: $(BIN)
	python3 bench/bytes_fidelity.py --bin $(BIN)

# What each pass saves on bench/*.rs -> bench/REPORT.md, bench/*.svg; how fast -> bench/SPEED.md.
# outputs of ./coroslim byte-identical to those of BASE (another build of coroslim):
# lower/opt/layout on every program at 1 and 3 threads, stats JSON at 1k/10k fns
same: $(BIN)
	@test -n "$(BASE)" || { echo "usage: make same BASE=path/to/other/coroslim" >&2; exit 2; }
	@sh tests/house/same.sh $(BASE) $(BIN)

.PHONY: bench bench-speed same
bench: $(BIN)
	python3 bench/report.py

bench-speed: $(BIN)
	python3 bench/speed.py --json bench/speed.json

# linear time and memory on one large fn or a deep chain: bench/robust_speed.py -> bench/SPEED.md's
# "Robustness" section (shadowed lets, awaits in one fn, match arms, a deep await chain through check)
bench-robust: $(BIN)
	python3 bench/robust_speed.py --bin $(BIN)
# Cortex-M offline (DESIGN.md, Cortex-M toolchain): core 1.95 rebuilt from the installed rust-docs'
# source pages, with coroslim's compiler_builtins, as a sysroot for thumbv7em/thumbv6m-none-eabi
# under $(BUILD)/sysroot (cached: a stamp keyed on `rustc -vV`); "skipped" without rustc 1.95.
.PHONY: cortex-m-core cortex-m-core-immediate-abort cortex-m-core-check cortex-m-image
cortex-m-core:
	@python3 measure/cortex_m/build_core.py --build $(BUILD)

# the same with core built for -Zunstable-options -Cpanic=immediate-abort, at $(BUILD)/sysroot-immediate-abort
cortex-m-core-immediate-abort:
	@python3 measure/cortex_m/build_core.py --build $(BUILD) --panic immediate-abort

# the rebuilt core vs the official one on x86_64 (core's object, and a crate compiled against
# each), compiler_builtins' arithmetic vs the host's, a crate built and linked for both thumb targets
cortex-m-core-check:
	@python3 measure/cortex_m/check_core.py --build $(BUILD)

# a firmware image (rust-lld, --gc-sections, measure/cortex_m/runtime.rs) of a crate made of
# IMAGE_PROGRAMS, one root per `//@ args` line, for both thumb targets at z/s/3, panic=abort (also
# with -Zlocation-detail=none) and immediate-abort: flash bytes
IMAGE_PROGRAMS ?= $(wildcard bench/*.rs)
cortex-m-image: cortex-m-core cortex-m-core-immediate-abort
	@python3 measure/cortex_m/image_report.py --build $(BUILD) --panic abort,abort-location-none,immediate-abort $(IMAGE_PROGRAMS)

# issue 22: the emitted images' JumpThreading rule (measure/bytes.c's: on as in rustc's crate, off only
# where it touched an emitted resume fn or drop shim; image_report.py), checked on written dumps and on
# operators.rs (on: lower = rustc bytes) and mixed_state_machine.rs (off: its resume fn would be threaded)
.PHONY: cortex-m-image-check bench-images
cortex-m-image-check: $(BIN) cortex-m-core
	@python3 measure/cortex_m/image_jt_check.py --build $(BUILD) --bin $(BIN)
# bench/REPORT.md's firmware images section alone (bench/report.py --section=images), with that rule
bench-images: $(BIN) cortex-m-core cortex-m-core-immediate-abort
	python3 bench/report.py --section=images

# coroslim crate (issue 25): the fixture package through `coroslim crate`, checked against a
# second compile's -Zprint-type-sizes and nm, the HTML page in headless chromium (installed
# with apt-get when missing and possible), the user errors; the JSON checks for thumbv7em-none-eabi too
# when $(BUILD)/sysroot has core for it (make cortex-m-core). "skipped" without cargo + rustc 1.95.
.PHONY: crate-test crate-bless
crate-test: $(BIN)
	@sh tests/crate/install-chromium.sh
	@python3 tests/crate/crate_test.py $(BIN) --sysroot=$(BUILD)/sysroot
crate-bless: $(BIN)
	@python3 tests/crate/crate_test.py $(BIN) --bless

# Debian trixie's embedded-io-async 0.6.1 (+ embedded-io 0.6.1) as a private cargo registry in
# $(BUILD)/trixie (apt-get download with a private apt config, dpkg-deb -x; cached; nothing installed)
.PHONY: crate-trixie
crate-trixie:
	@sh tests/crate/fetch-trixie.sh $(BUILD)/trixie

# DESIGN.md, Writing a pass: coroslim with tests/example_pass/'s pass added to the
# pipeline list (-DCOROSLIM_EXAMPLE_PASS adds its one line); its goldens, and
# `coroslim check` on tests/rust with it in the pipeline. Part of check.
EXAMPLE_BIN := $(BUILD)/tests/coroslim-example
$(BUILD)/example/pipeline.o: passes/pipeline.c $(HDRS) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DCOROSLIM_EXAMPLE_PASS -c $< -o $@
$(EXAMPLE_BIN): $(BUILD)/main.o $(filter-out $(BUILD)/passes/pipeline.o,$(LIB_OBJ)) $(BUILD)/example/pipeline.o \
		$(BUILD)/tests/example_pass/remove_storage_markers.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)
.PHONY: example-pass example-pass-bless
example-pass: $(EXAMPLE_BIN)
	@sh tests/example_pass/run.sh $(EXAMPLE_BIN)
example-pass-bless: $(EXAMPLE_BIN)
	@sh tests/example_pass/run.sh $(EXAMPLE_BIN) bless
check: example-pass
bless: example-pass-bless

# issue 22 item 3: whole programs round-trip through the textual IR (print -> parse -> print
# identical, before and after the transform; check and every async fn's run the same as the
# .rs's): `make mir-corpus` on every program of tests/{build,opt,rust} and bench, `make check`
# on every 4th of them
.PHONY: mir-corpus mir-corpus-sample
MIR_CORPUS_SAMPLE ?= 4
mir-corpus: $(BIN)
	@sh tests/mir/corpus_roundtrip.sh $(BIN)
mir-corpus-sample: $(BIN)
	@sh tests/mir/corpus_roundtrip.sh $(BIN) --sample=$(MIR_CORPUS_SAMPLE)
check: mir-corpus-sample

# issue 22 (pmove26): coroslim's borrow verdicts on the generator's pattern_borrow shape (a move or
# copy by pattern while a reference is, with `gen --live`, or is not live) equal rustc 1.95's, with
# its first error's line, column and message; PATTERN_LIVE_N programs, each both ways
PATTERN_LIVE_N ?= 20
.PHONY: rustc-pattern-live
rustc-pattern-live: $(BIN) $(BUILD)/fuzz/gen
	@python3 tests/fuzz/pattern_live.py --gen=$(BUILD)/fuzz/gen --coroslim=$(BIN) --count=$(PATTERN_LIVE_N)
rustc-borrowck: rustc-pattern-live
# issue 22 (pmove26): enum patterns in a `let` inside an async block capturing the enum
RUSTC_MIR_PROGRAMS += tests/rust/capture_enum_let.rs
# diag27: char
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/char_*.rs)
# issue 22 (guard27): match guards
RUSTC_MIR_PROGRAMS += $(wildcard tests/rust/matchguard_*.rs)
