#!/bin/sh
# tests/robust/run.sh BIN [bless] — the reliability cases of issue 23: inputs
# rustc accepts that once hit fixed limits or quadratic code, layouts that
# contradict their code, results that were silent or misleading, unbounded
# input. Each line of tests/robust/cases is `NAME | COMMAND`; the command runs
# under sh with $BIN (the coroslim under test), $GEN (the generated inputs, made
# below by tests/robust/gen.py and sed) and $M (tests/mir). Its exit status,
# stdout and stderr (paths under $GEN shown as GEN/; long outputs as their
# first 12 and last 4 lines) must equal tests/robust/expected/NAME.out;
# `bless` rewrites those files from the output (read the diff before
# committing). A sanitizer report changes stderr and the exit status: a case
# that crashes, leaks or hits undefined behaviour fails.
set -u
BIN=${1:?usage: tests/robust/run.sh BIN [bless]}
MODE=${2:-check}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN;; esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
GEN=$TMP/gen
M=tests/mir
mkdir -p "$GEN"
export BIN GEN M

# the generated inputs (valid Rust, sizes that once crashed or took seconds)
gen() { python3 tests/robust/gen.py "$1" "$2" >"$GEN/$1_$2.$3" || exit 2; }
gen arms 1200 rs; gen arms 5000 rs; gen params 65 rs; gen params 300 rs; gen callargs 40 rs
gen captures 80 rs; gen name 600 rs; gen badmir 600 mir; gen lets 2000 rs; gen awaits 100 rs
gen chain 150 rs; gen chain 250 rs; gen chain 3000 rs; gen loop 20000000 rs
gen mergearms 200 rs; gen mergearms 40 rs; gen mergearms 300 rs; gen mixarms 300 rs; gen mixarms 30 rs
gen fnawaits 3000 rs; gen blocks 2000 rs
# items29: fn items nested in a body, many in one block, and nested 100 and 300 deep
gen nesteditems 20000 rs; gen nesteddeep 100 rs; gen nesteddeep 300 rs
# issue 23's wide items (wide23): N fields, traits, enum items (each lookup and duplicate check was a
# scan: N^2), nested Option types (N^2 / 2 bytes of spellings: a limit), a struct past 65535 fields
gen fields 20000 rs; gen traits 20000 rs; gen enums 20000 rs; gen optnest 1000 rs; gen optnest 4097 rs
gen fields 65536 rs
# slow35: N parameters of an async fn (its upvar list grown one exact copy at a time: N^2 arena bytes) and
# N structs each holding the next (borrowck's array of every struct made per fn: N^2 bytes)
gen params 20000 rs; gen structchain 10000 rs
# scope33: N inherent methods of one struct called by method and by path (each call scanned every fn)
gen methods 20000 rs
# variant34: enums used before their declarations (each parsed early once), traits called by path
gen lateenums 20000 rs
gen traitpaths 20000 rs
# issue 23's nested types (types24): interned by (generic, arguments), spelled when asked; the parser's
# and sema's walks over them iterative (the limit is left for `&` / `[..]` between them)
gen optnest 100000 rs; gen resnest 100000 rs; gen refnest 4096 rs; gen refnest 4097 rs
# issue 23's else-if chains (limits23): parsed, checked and lowered in a loop (1,000 links were "nesting too
# deep"); enum types past AST_ENUM_MAX (a segfault before)
gen elseif 400 rs; gen elseif 3000 rs; gen elseiflet 400 rs; gen elseiflet 9000 rs; gen enumitems 2097153 rs
# if-let chains (iflet25): `if let` links walked in the same loops (9,000 links were "nesting too deep")
gen iflets 3000 rs
# match guards binding the scrutinee (guard29): the borrow checker's joins were N^2
gen guards 10000 rs
# guarded arms on literals and or-patterns: exhaustiveness tested every row per piece of the integer
# column and the match tree scanned its buckets per candidate (10k: 5.6 s, 1.9 GB)
gen litguards 10000 rs
# literal and range arms alternating under one switch (match30): the switch's value and failure sets and the
# run of range tests in its failure branch were N^2 scans (10k: 3.2 s, 314 MB) and a recursion N/2 deep
gen litranges 10000 rs
# an else-if chain before an await, its value held across it (elseif24): every link's condition
# temporary is storage-live to the chain's end (N^2/2 bits of MaybeStorageLive in per-head states)
gen elseifheld 3000 rs
# issue 23's nested types through emit (emit25): a long spelling named by a type alias
gen optnest 40 rs
# a UTF-8 byte order mark: skipped in .rs (as rustc does) and in .mir; columns count from after it
printf '\357\273\277async fn f() -> u32 { yield_now().await; 1 }\n' >"$GEN/bom.rs"
printf '\357\273\277fn f() -> u32 { x }\n' >"$GEN/bom_error.rs"
{ printf '\357\273\277'; cat tests/run/two_await_body.mir; } >"$GEN/bom.mir"
printf '\357\273\277fn f() -> u32 { $ }\n' >"$GEN/bom_error.mir"
# nesting on the interpreter's heap stack: deep recursion runs, endless recursion stops at the limit
printf 'fn f(n: u32) -> u32 { if n == 0 { 0 } else { 1 + f(n - 1) } }\n' >"$GEN/recurse_300000.rs"
printf 'fn f(n: u32) -> u32 { f(n) }\nasync fn g() -> u32 { yield_now().await; f(1) }\n' >"$GEN/recurse_forever.rs"
# layouts that contradict the code they come with (from a lowered module)
lay() { n=$1; shift; sed "$@" $M/four_awaits_lowered.mir >"$GEN/layout_$n.mir" || exit 2; }
lay overlap -e 's/_s2: u8 = _22 debug a, offset 3/_s2: u8 = _22 debug a, offset 2/'
lay tag_overlap -e 's/_s0: u8 = _3 debug n, offset 2/_s0: u8 = _3 debug n, offset 0/'
lay tag_wide -e 's/tag u8 at 0/tag u64 at 0/'
lay size_small -e 's/size 6, align 1/size 5, align 1/'
lay align0 -e 's/size 6, align 1/size 6, align 0/'
lay align3 -e 's/size 6, align 1/size 6, align 3/'
lay no_local -e 's/= _61 debug/= _9999 debug/'
lay wrong_type -e 's/_s6: YieldNow = _61/_s6: u8 = _61/'
lay conflict_missing -e 's/conflicts _s4: \[_s4, _s5, _s6\]/conflicts _s4: [_s4, _s6]/'
lay upvar_out -e 's/upvar n at 1;/upvar n at 6;/'
# found by tests/robust/campaign.py (verified before, and run returned Ready(3))
lay size_big -e 's/size 6, align 1/size 4294967295, align 1/'
lay upvar_on_saved -e 's/upvar n at 1;/upvar n at 2;/'
lay saved_local_twice -e 's/= _22 debug a/= _3 debug a/'
# the conflict matrix and promotion (rob23): a row left out, a row without its diagonal, a promotion
# that is not rustc's rule (_s0 conflicts with more than _s2, in another variant: rustc promotes it)
lay conflict_row_missing -e '/conflicts _s3: \[_s3\];/d'
lay conflict_no_diagonal -e 's/conflicts _s2: \[_s2, _s3/conflicts _s2: [_s3/'
lay promotion_not_rustc -e 's/_s0: u8 = _3 debug n, offset 2, promoted;/_s0: u8 = _3 debug n, offset 2;/'
lay extra_variant -e 's/variant Suspend3: \[_s4, _s6\];/variant Suspend3: [_s4, _s6];\n        variant Suspend4: [];/'
# issue 23's second sweep (robust23): facts the verifier took on trust, each of which verified and ran
lay saved_return_place -e 's/saved _s4: u8 = _40/saved _s4: u8 = _0/'
lay saved_self_arg -e 's/saved _s4: u8 = _40/saved _s4: u8 = _1/'
lay conflicts_row_twice -e 's/conflicts _s5: \[_s5\];/conflicts _s5: [_s5];\n        conflicts _s5: [_s5];/'
lay conflicts_entry_twice -e 's/conflicts _s5: \[_s5\];/conflicts _s5: [_s5, _s5];/'
lay storage_dead_return -e 's/StorageDead(_21);\n        _2 = move _20;/X/' -e '/^    bb11: {$/{n;s/StorageDead(_21);/StorageDead(_0);/}'
lay storage_live_arg -e 's/StorageLive(_23);/StorageLive(_1);/'
lay state_arm_missing -e 's/3: bb66, 4: bb67,/4: bb67,/'
lay state_arms_swapped -e 's/3: bb66, 4: bb67,/3: bb67, 4: bb66,/'
# wide23: the arm rule follows branches: two arms swapped whose first reads are behind a switch (verified, and
# run returned Ready(0) for Ready(3)); the same switch without the swap must verify
lay state_arms_swapped_branch -e 's/3: bb66, 4: bb67,/3: bb67, 4: bb66,/' \
    -e '/^    bb66: {$/,/goto/{s/goto -> bb11;/switchInt(const 0_u8) -> [0: bb11, otherwise: bb11];/}' \
    -e '/^    bb67: {$/,/goto/{s/goto -> bb20;/switchInt(const 0_u8) -> [0: bb20, otherwise: bb20];/}'
lay state_arm_branch -e '/^    bb66: {$/,/goto/{s/goto -> bb11;/switchInt(const 0_u8) -> [0: bb11, otherwise: bb11];/}'
# silent results
sed -e 's/size 6,/size unknown,/' -e 's/offset [0-9]*/offset unknown/' -e 's/ = _[0-9]* debug/ = unknown debug/' \
    -e 's/tag u8 at 0/tag u8 at unknown/' -e 's/upvar n at 1/upvar n at unknown/' \
    $M/four_awaits_lowered.mir >"$GEN/layout_reconstructed.mir"
head -c 3000 tests/import/shapes.mir >"$GEN/truncated.mir"
sed 's|^//@ args: live 1,2,3|//@ args: live 1,2,300|' tests/rust/params_live.rs >"$GEN/args_line.rs"
# emit: an associated fn's emitted name (`Counter::new` -> `Counter__new`) taken by another fn
printf 'struct Counter { n: u32 }\nimpl Counter {\n    fn new(n: u32) -> Self { Counter { n } }\n}\nfn Counter__new(n: u32) -> u32 { n }\nasync fn run(x: u32) -> u32 { Counter::new(x).n + Counter__new(x) }\n' >"$GEN/emit_clash.rs"
# emit for a 32-bit target: an item holding a usize (laid out for 4-byte pointers: 8 bytes, align 4)
printf 'struct S { a: usize, b: u8 }\nasync fn f(n: usize) -> usize { let s = S { a: n, b: 1 }; yield_now().await; s.a }\n' >"$GEN/emit_usize_item.rs"
# a body whose `_0` is another type than its signature's, beyond a name (u32 vs u64): refused
sed 's/let mut _0: std::result::Result<u32,/let mut _0: std::result::Result<u64,/' \
    tests/import/alias_dump/aliased.StateTransform.before.mir >"$GEN/return_differs.mir"
# emit (issue 20): an Option of a usize for a 32-bit target (laid out for 4-byte pointers); an array the
# bytes harness cannot write (a Guard array longer than 32) as the parameter of a root
printf 'fn wrap(n: usize) -> Option<usize> { Some(n) }\nasync fn f(n: usize) -> usize {\n    let o = wrap(n);\n    yield_now().await;\n    match o { Some(v) => v, None => 0 }\n}\n' >"$GEN/emit_option_usize.rs"
printf 'async fn f(a: [Guard; 40]) -> u32 {\n    yield_now().await;\n    1\n}\n' >"$GEN/emit_guard_array_root.rs"
# hunt28: N schedules cancelled after 1..N polls share the run's trace events (check was N^2 in trace copies,
# N^3 past 256k kept events); a Ready value printed whole (an 80-element array was cut after 20)
gen ownlets 300 rs
# check36: check of N awaits, each cancel point's drop of the suspended body O(the state) (the run copied,
# a free per local the body kept): 20k took 12 s of CPU (3 min on the loaded machine), now 5 s
gen awaits 20000 rs
printf 'async fn g() -> [u32; 80] {\n    let mut a = [123456u32; 80];\n    a[79] = 7;\n    yield_now().await;\n    a\n}\n' >"$GEN/ready_array_80.rs"
# unbounded input
ln -s /dev/zero "$GEN/zero.rs"
# the textual IR's arrays (issue 22): malformed array syntax, an index without its bounds check
arr() { n=$1; shift; sed "$@" $M/array_small.mir >"$GEN/arr_$n.mir" || exit 2; }
arr type_unclosed -e 's/let mut _2: \[u32; 3\];/let mut _2: [u32; 3/'
arr len_huge -e 's/let mut _4: \[u8; 4\];/let mut _4: [u8; 99999999999];/'
arr index_not_array -e 's/_0 = copy _2\[_1\];/_0 = copy _0[_1];/'
arr index_const -e 's/_0 = copy _2\[_1\];/_0 = copy _2[const 1_usize];/'
arr repeat_unclosed -e 's/_4 = \[const 0_u8; 4\];/_4 = [const 0_u8; 4/'
arr no_bounds_check -e 's/        _3 = Lt(copy _1, const 3_usize);//' -e 's/        assert(move _3, .*/        goto -> bb1;/'
# the textual IR's struct and enum items (issue 22 item 3): malformed items, and layouts that contradict them
item() { n=$1; shift; sed "$@" $M/items.mir >"$GEN/item_$n.mir" || exit 2; }
item field_unknown_type -e 's/^struct Pair { a: u32, g: Guard, b: bool }/struct Pair { a: u32, g: Guard, b: Bool }/'
item field_twice -e 's/^struct Pair { a: u32, g: Guard, b: bool }/struct Pair { a: u32, g: Guard, a: bool }/'
item variant_twice -e 's/^enum Shape { Dot, Line(u32, u8), Boxed { w: u16, h: u16 } }/enum Shape { Dot, Line(u32, u8), Dot }/'
item recursive -e 's/^struct Tup(u8, u16);/struct Tup(u8, Tup);/'
item held_before_item -e 's/^struct Pair { a: u32, g: Guard, b: bool }/struct Pair { a: u32, g: Guard, b: Shape }/'
item never_field -e 's/^struct Unit;/struct Unit(!);/'
# explicit discriminants and `tag none` (a one-variant enum) in items (issue 22 item 4)
item discr_on_fields -e 's/^enum Shape { Dot, Line(u32, u8), Boxed { w: u16, h: u16 } }/enum Shape { Dot, Line(u32, u8) = 3, Boxed { w: u16, h: u16 } }/'
item discr_twice -e 's/^#\[layout(size 8, align 4, tag u8 at 0, offsets \[Dot: \[\], Line: \[4, 1\], Boxed: \[2, 4\]\])\]/#[layout(size 1, align 1, tag u8 at 0, offsets [Dot: [], Line: [], Boxed: []])]/' -e 's/^enum Shape { Dot, Line(u32, u8), Boxed { w: u16, h: u16 } }/enum Shape { Dot = 4, Line = 2, Boxed = 4 }/'
item tag_none_two_variants -e 's/^#\[layout(size 8, align 4, tag u8 at 0, offsets \[Dot/#[layout(size 8, align 4, tag none, offsets [Dot/'
item defined_twice -e 's/^struct Unit;/struct Tup(u8, u16);/'
item no_variants -e 's/^enum Shape { Dot, Line(u32, u8), Boxed { w: u16, h: u16 } }/enum Shape { }/'
item discriminant_value -e 's/^enum Shape { Dot, /enum Shape { Dot = 3, /'
item core_payload -e 's/^enum Option<u8> { None, Some(u8) }/enum Option<u8> { None, Some(u16) }/'
item core_order -e 's/^enum Option<u8> { None, Some(u8) }/enum Option<u8> { Some(u8), None }/'
item generic_user -e 's/^enum Shape {/enum Shape<u8> {/'
item set_discriminant_range -e 's/_13 = Shape::Dot;/discriminant(_13) = 7;/'
item downcast_range -e 's/((_9 as Boxed).0: u16)/((_9 as variant#9).0: u16)/'
item downcast_unknown -e 's/((_9 as Boxed).0: u16)/((_9 as Circle).0: u16)/'
item variant_unknown -e 's/_13 = Shape::Dot;/_13 = Shape::Circle;/'
item aggregate_fields -e 's/Shape::Boxed { w: const 4_u16, h: const 5_u16 }/Shape::Boxed { h: const 4_u16, w: const 5_u16 }/'
item layout_size -e 's/^#\[layout(size 12, align 4, offsets \[0, 4, 8\])\]/#[layout(size 16, align 4, offsets [0, 4, 8])]/'
item layout_offset -e 's/^#\[layout(size 12, align 4, offsets \[0, 4, 8\])\]/#[layout(size 12, align 4, offsets [0, 8, 4])]/'
item layout_offsets_count -e 's/^#\[layout(size 12, align 4, offsets \[0, 4, 8\])\]/#[layout(size 12, align 4, offsets [0, 4])]/'
item layout_tag -e 's/^#\[layout(size 8, align 4, tag u8 at 0, offsets \[Dot/#[layout(size 8, align 4, tag u16 at 0, offsets [Dot/'
item layout_variant_offset -e 's/Line: \[4, 1\]/Line: [1, 4]/'
item layout_niche_value -e 's/niche u8 at 0 = 2 for None to None, untagged Some/niche u8 at 0 = 3 for None to None, untagged Some/'
item layout_niche_as_tag -e 's/^#\[layout(size 1, align 1, niche u8 at 0 = 2 for None to None, untagged Some,/#[layout(size 1, align 1, tag u8 at 0,/'
item repr_c_rust_offsets -e 's/^#\[layout(size 12, align 4, offsets \[0, 4, 8\])\]/#[repr(C)]\n#[layout(size 12, align 4, offsets [4, 0, 8])]/'
item layout_struct_tag -e 's/^#\[layout(size 0, align 1, offsets \[\])\]/#[layout(size 0, align 1, tag u8 at 0, offsets [])]/'

# issue 23's second sweep (robust23): a FIFO with no writer, a directory where a file goes, bytes that are
# not text, a one-line Rust fn given to import
mkfifo "$GEN/fifo.rs" "$GEN/fifo.mir" && mkdir "$GEN/adir.mir" || exit 2
python3 -c "import random, sys; random.seed(23); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(4096)))" >"$GEN/random.mir"
printf 'async fn f() -> u32 { 1 }\n' >"$GEN/one_line.rs"

# hunt29: messages printed whole at any length: an interpreter error naming a 400-byte fn (cut to 200 bytes,
# then to check's 300), an `//@ args:` error and a check line naming a 600-byte fn with several argument sets
python3 -c "import sys; L='b' * 400; sys.stdout.write('fn %s(x: u32) -> u32 { x + 1 }\\nasync fn g(x: u32) -> u32 {\\n    yield_now().await;\\n    %s(x)\\n}\\n' % (L, L))" >"$GEN/longcallee.rs"
"$BIN" build "$GEN/longcallee.rs" 2>/dev/null | awk '/^fn b/ { d = 1 } d && !done && /return;/ { sub(/return;/, "unreachable;"); done = 1 } { print }' >"$GEN/longcallee_unreachable.mir"
python3 -c "import sys; L='a' * 600; sys.stdout.write('//@ args: %s 5,6\\nasync fn %s(x: u8) -> u8 {\\n    yield_now().await;\\n    x\\n}\\n' % (L, L))" >"$GEN/longname_args.rs"
python3 -c "import sys; L='a' * 600; sys.stdout.write('//@ args: %s 5\\n//@ args: %s 300\\nasync fn %s(x: u8) -> u8 {\\n    yield_now().await;\\n    x\\n}\\n' % (L, L, L))" >"$GEN/longname_sets.rs"
python3 -c "import sys; sys.stdout.write('//@ args: g 18446744073709551615\\nasync fn g(x: u64) -> u64 {\\n    yield_now().await;\\n    let a = [1u64; 3];\\n    a[x as usize]\\n}\\n')" >"$GEN/index_panic.rs"

# hunt29 (item 1): bytes. CRLF, tabs, a BOM with CRLF, no final newline, Pattern_White_Space (U+0085, U+200E,
# U+2028: whitespace to rustc, no line break), a bare CR in a doc comment (rustc refuses it), UTF-8 before the
# error's column, in .rs; invalid UTF-8, CR line ends and CRLF, UTF-8 columns in .mir and in import
printf 'async fn f() -> u32 {\r\n    let x: u32 = y;\r\n    yield_now().await;\r\n    1\r\n}\r\n' >"$GEN/crlf_error.rs"
printf 'async fn f() -> u32 {\n\tlet x: u32 = \t\ty;\n\t1\n}\n' >"$GEN/tab_error.rs"
printf '\357\273\277async fn f() -> u32 {\r\n    let x: u32 = y;\r\n    1\r\n}\r\n' >"$GEN/bom_crlf_error.rs"
printf 'async fn f() -> u32 {\n    yield_now().await;\n    1\n}' >"$GEN/no_final_newline.rs"
printf 'async fn f() -> u32 {\n    yield_now().await;\n    y\n}' >"$GEN/no_final_newline_error.rs"
printf 'async fn f() -> u32 {\n    let x: u32 = 1;\302\205yield_now().await;\342\200\216x\342\200\250\n    + y\n}\n' >"$GEN/pattern_white_space.rs"
printf '/// doc\rcomment\nasync fn f() -> u32 {\n    1\n}\n' >"$GEN/doc_bare_cr.rs"
printf '/** doc\rcomment */\nasync fn f() -> u32 {\n    1\n}\n' >"$GEN/block_doc_bare_cr.rs"
printf '// doc\rcomment\n/* a\rb */ async fn f() -> u32 {\n    y\n}\n' >"$GEN/comment_bare_cr.rs"
printf 'async fn f() -> u32 {\n    let x: u32 = /* \303\251\342\202\254\360\237\230\200 */ y;\n    1\n}\n' >"$GEN/utf8_before_error.rs"
python3 -c "
import sys
s = open('$M/sync_arith.mir', 'rb').read()
def w(n, b): open('$GEN/' + n, 'wb').write(b)
w('mir_crlf.mir', s.replace(b'\n', b'\r\n'))
w('mir_crlf_error.mir', s.replace(b'\n', b'\r\n').replace(b'_3 = copy _1;', b'_3 = copy _1 \$;'))
w('mir_cr_lines.mir', s.replace(b'\n', b'\r'))
w('mir_tab_error.mir', s.replace(b'        _3 = copy _1;', b'\t\t_3 = copy _1 \$;'))
w('mir_bad_utf8_comment.mir', s.replace(b'// Sync', b'// Sy\xffnc'))
w('mir_bad_utf8_string.mir', s.replace(b'\"attempt', b'\"\xffattempt'))
w('mir_no_final_newline.mir', s.rstrip(b'\n'))
c = open('$M/char_lowered.mir', 'rb').read()
w('mir_utf8_column.mir', c.replace(b\"= const '\xc3\xa9';\", b\"= const '\xc3\xa9' \$;\"))
d = open('tests/import/check_dump/owned.StateTransform.before.mir', 'rb').read()
w('import_crlf.mir', d.replace(b'\n', b'\r\n'))
w('import_bad_utf8.mir', d.replace(b'fn ', b'fn \xff', 1))
"

# hunt29 (item 2): lying layouts of a coroutine that holds a coroutine (outer awaits inner), through every
# command that loads a .mir; line numbers of `coroslim lower`'s output: inner's layout at 7-16, outer's at 26-35
printf 'async fn inner(x: u32) -> u32 {\n    let a = x + 1;\n    yield_now().await;\n    a\n}\nasync fn outer(x: u32) -> u32 {\n    let b = x * 2;\n    let r = inner(x).await;\n    b + r\n}\n' >"$GEN/nest.rs"
"$BIN" lower "$GEN/nest.rs" >"$GEN/nest.mir" 2>/dev/null || exit 2
nest() { n=$1; shift; sed "$@" "$GEN/nest.mir" >"$GEN/nest_$n.mir" || exit 2; }
nest inner_size_small -e '7s/size 12, align 4, tag u8 at 9;/size 8, align 4, tag u8 at 9;/'
nest inner_size_big -e '7s/size 12, align 4, tag u8 at 9;/size 16, align 4, tag u8 at 9;/'
nest outer_size_big -e '26s/size 24/size 28/'
nest awaitee_type -e '29s/{async fn body of inner()}/YieldNow/'
nest awaitee_over_tag -e '29s/offset 8/offset 12/'
nest saved_type_narrow -e '9s/_s0: u32 = _4/_s0: u16 = _4/'
nest saved_type_wide -e '28s/_s0: u32 = _4/_s0: u64 = _4/'
nest variant_fields_swapped -e '14s/\[_s0, _s1\]/[_s1, _s0]/'
nest variant_field_missing -e '14s/\[_s0, _s1\]/[_s0]/'
nest drop_is_resume -e '5s/drop inner::{closure#0}::{drop};/drop inner::{closure#0};/'
nest resume_shared -e '23s/resume outer::{closure#0};/resume inner::{closure#0};/'
nest drop_shared -e '24s/drop outer::{closure#0}::{drop};/drop inner::{closure#0}::{drop};/'
nest output_type -e '3s/output u32;/output u64;/'
nest upvar_type -e '2s/upvar x: u32;/upvar x: u64;/'
nest tag_in_padding -e '26s/tag u8 at 20;/tag u8 at 21;/'
# hunt30: a message naming a 64 KB name is printed whole (diag_set cut it to 512 bytes); a parenthesised
# expression's errors at its `(` (rustc's span); a literal past u64::MAX in an async fn; `&&` patterns
python3 -c 'print("fn main() { let _ = " + "v" * 65536 + "; }")' >"$GEN/long_var.rs" || exit 2
printf 'fn f() -> u64 {\n    let x = (1u64 << 64);\n    x\n}\nfn main() {\n    let _ = f();\n}\n' >"$GEN/paren_shift.rs"
printf 'fn main() {\n    let x: u32 = ((((true))));\n    let _ = x;\n}\n' >"$GEN/paren_type.rs"
printf 'async fn g() -> u64 {\n    yield_now().await;\n    18446744073709551616\n}\n' >"$GEN/lit_2p64.rs"
printf 'fn main() {\n    let x = 1u32;\n    match &x {\n        %s => {}\n    }\n}\n' "$(python3 -c 'print("&&" * 5000 + "y")')" >"$GEN/andand_5000.rs"
# hunt30: consistent placements that are not rustc's (the upvar and a promoted local swapped), and
# relocate-upvars' layouts (`relocated`, `packed`) moved off that pass's placement
nest upvar_swapped -e '27s/upvar x at 0;/upvar x at 4;/' -e '28s/offset 4, promoted/offset 0, promoted/'
"$BIN" opt "$GEN/nest.rs" --passes=relocate-upvars >"$GEN/nest_relocated.mir" 2>/dev/null || exit 2
"$BIN" opt "$GEN/nest.rs" --passes=relocate-upvars-pack >"$GEN/nest_packed.mir" 2>/dev/null || exit 2
sed '10s/offset 1;/offset 2;/' "$GEN/nest_relocated.mir" >"$GEN/nest_relocated_moved.mir" || exit 2
sed '7s/size 8, align 4, tag u8 at 0, packed;/size 8, align 4, tag u8 at 2, packed;/' "$GEN/nest_packed.mir" >"$GEN/nest_packed_tag_moved.mir" || exit 2
# hunt31 (ninth sweep): N range-tested struct fields with `@` bindings (ElaborateDrops took N rounds of N
# blocks, exhaustiveness rescanned the `_` row per field); import's extern events naming two callees whose
# 200-byte paths share a prefix or a tail (printed whole since hunt30); emit of two async fns whose 300-byte
# names share 255 bytes (cut to one identifier) and of a type of a body with a 300-byte name (refused)
gen fieldranges 10000 rs
# quad32: one `let mut a` assigned in 10k ifs (hunt31 saw 1.15 s at 10k, 23.9 s at 100k under load: linear)
gen ifinc 10000 rs
# hunt33 (tenth sweep): unreachable_code's walk recursed once per else-if link (100k links overflowed the stack
# under ASan; 20k with a 1 MB stack there); the interpreter's drop glue once per level of a nested value (100k
# nested enum values segfaulted, 10k under ASan)
gen elseif 20000 rs; gen iflets 20000 rs; gen enumvals 10000 rs
# const33: consts evaluated on demand through a chain of forward uses (the nesting limit), and in order
gen constchain 100 rs; gen constchain 400 rs; gen constflat 5000 rs
# hunt35 (eleventh sweep): the week's features at size (each was N^2: callee names, a trait's block end, a name's
# chain of blocks, .mir const items), and const items and `const NAME` operands that must be located errors
gen qualcalls 10000 rs; gen bodytraits 10000 rs; gen constshadow 10000 rs; gen mirconsts 50000 mir
# drops36: N live guards (ElaborateDrops' per-block states, N^2 / 64 words with a large factor), N methods
# each calling the next
gen liveguards 10000 rs; gen letrefguards 10000 rs; gen methodcalls 20000 rs
# hunt36 (twelfth sweep): dead_code's const liveness (a recursion per const, 2^N over diamonds, consts per impl)
gen assocchain 20000 rs; gen constdiamonds 60 rs; gen associmpls 10000 rs
# drops37: N live guards at a size the word lists made 6 GB (ElaborateDrops' states as trees, linear)
gen liveguards 60000 rs
# hunt37: N `Option<&u32>` loans in one branch of an `if` each (their values in flight live back to the fn's start:
# N^2, past the borrow checker's budget), a call of N `&y` (N^2 memory), N impls' consts each used (N^2 lookups)
gen optloans 10000 rs; gen refargs 10000 rs; gen assocused 20000 rs
# quad38: N saved locals all in conflict (`let ref` temporaries, promoted references) kept as persistent trees
gen letrefguards 20000 rs; gen promrefs 20000 rs
printf 'static A#0: u32 = 4_u32;\nfn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n' >"$GEN/static_disamb_zero.mir"
printf 'struct P { a: u32, b: u32 }\nstruct W(u32, u32);\nfn f(P { a, .. }: P, W(a, _): W) -> u32 { a }\nasync fn foo(x: u32) -> u32 { f(P { a: x, b: 1 }, W(2, 3)) }\n' >"$GEN/param_pats_bound_twice.rs"
# consts37: trait consts read per impl (an index by TYPE::NAME; a walk of the name's consts per read before)
gen traitimpls 10000 rs
# lint38: N lint attributes' scopes, N dead_code roots, N expectations
gen lintattrs 20000 rs
# consts38: N fns each with an inherent impl's consts in its body
gen bodyimplconsts 10000 rs
gen borrowarms 4000 rs; gen letextchain 4000 rs
# params38: N `&x: &u32` pattern parameters of an async fn (N upvars: offsets per access, pairwise overlap checks)
gen asyncparampats 4000 rs
# vis39: N public structs, methods and fns (dead_code roots) and N `pub(crate)` fns (dead)
gen pubitems 10000 rs
gen aliaschain 100000 rs
for i in $(seq 0 299); do echo "type A$i = Option<A$((i + 1))>;"; done >"$GEN/alias_nest_300.rs"
printf 'type A300 = u8;\nfn f(_x: A0) {}\n' >>"$GEN/alias_nest_300.rs"
# clone39: a Clone-only enum's field-wise clone, 256 arms, one of 20,000 fields
gen cloneenum 20000 rs
# const39: N aggregate const items (struct, enum, array), each a body of its own, each read by a fn
gen aggconsts 10000 rs
# cmp39: N core comparisons and variant queries in one async fn (calls of core's fns, promoted operands)
gen corecmps 20000 rs
gen asserts 10000 rs
# conf39: 20k of them, one class of relocated upvars (N^2 conflict adds per layout before)
gen asyncparampats 20000 rs
printf 'enum E { X, Y }\nimpl E { const X: u32 = 7; }\nasync fn foo(a: u32) -> u32 { let e = E::X; yield_now().await; (match e { E::X => 10, E::Y => 20 }) + a }\n' >"$GEN/assoc_variant_name.rs"
printf 'const M: u32 = 2;\nfn M() -> u32 { 3 }\nasync fn foo(a: u32) -> u32 { yield_now().await; M + a }\n' >"$GEN/const_fn_same_name.rs"
printf 'static M: u32 = N;\nstatic N: u32 = M + 1;\nasync fn foo() -> u32 { M }\n' >"$GEN/static_cycle2.rs"
printf 'static M: u32 = 1 + M;\nasync fn foo() -> u32 { M }\n' >"$GEN/static_self.rs"
printf 'const A: u32 = B;\nconst B: u32 = C + 1;\nconst C: u32 = A * 2;\nasync fn foo() -> u32 { A }\n' >"$GEN/const_cycle3.rs"
printf 'const N: u128 = 340282366920938463463374607431768211455;\nasync fn foo() -> u32 { 1 }\n' >"$GEN/const_u128.rs"
printf "const C: char = '\\\\u{110000}';\nasync fn foo() -> char { C }\n" >"$GEN/const_char_past_max.rs"
printf 'const N: i32 = -1;\nasync fn foo() -> u32 { let a = [0u32; N as usize]; a[0] }\n' >"$GEN/const_negative_len.rs"
printf 'const X: u8 = 255 + 1;\nasync fn foo() -> u8 { X }\n' >"$GEN/const_u8_overflow.rs"
printf 'const D: u32 = 0;\nconst X: u32 = 7 %% D;\nasync fn foo() -> u32 { X }\n' >"$GEN/const_rem_zero.rs"
mirc() { n=$1; v=$2; printf 'const N: %s;\nfn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = Add(copy _1, const N);\n        return;\n    }\n}\n' "$v" >"$GEN/mirconst_$n.mir"; }
mirc wrong_type 'u8 = 4_u8'; mirc huge 'u32 = 99999999999_u32'; mirc past_u128 'u32 = 340282366920938463463374607431768211456_u32'
mirc value_type 'u32 = true'; mirc char_past_max "char = '\\u{110000}'"; mirc u128 'u128 = 1_u128'
python3 -c "import sys; n=12; sys.stdout.write('struct S { %s }\nfn main() {\n    let x = 4u32;\n    let s = S { %s };\n    match s { S { %s } => {}, _ => {} }\n}\n' % (', '.join('f%d: u32' % i for i in range(n)), ', '.join('f%d: x' % i for i in range(n)), ', '.join('f%d: 0..=5 | 3..=8' % i for i in range(n))))" >"$GEN/or_overlap_12.rs"
for d in pre suf; do cp -r tests/import/check_dump "$GEN/calls_$d" || exit 2; done
P=$(python3 -c 'print("p" * 200)')
sed -i -e "s/= tick()/= $P::tick()/" -e "s/= tock()/= $P::tock()/" "$GEN/calls_pre/calls.StateTransform.before.mir"
sed -i -e "s/= tick()/= tick::$P()/" -e "s/= tock()/= tock::$P()/" "$GEN/calls_suf/calls.StateTransform.before.mir"
python3 -c "import sys; A='a' * 300; sys.stdout.write('async fn %sx(v: u32) -> u32 { yield_now().await; v }\nasync fn %sy(v: u32) -> u32 { yield_now().await; v + 1 }\n' % (A, A))" >"$GEN/emit_long_names.rs"
python3 -c "import sys; L='S' + 's' * 299; sys.stdout.write('async fn main(x: u32) -> u32 {\n    struct %s { v: u32 }\n    let s = %s { v: x };\n    yield_now().await;\n    s.v\n}\n' % (L, L))" >"$GEN/emit_long_type.rs"
# deep38: expressions at the nesting limits and one past, run with `ulimit -s 512` (coroslim runs on 8 MB stacks of
# its own: 254 nested `&` was a segfault in the MIR builder)
gen deepref 254 rs; gen deepref 255 rs; gen deepadd 999 rs; gen deepadd 1000 rs; gen deepmethod 997 rs
gen deepmethod 998 rs; gen deepblock 254 rs; gen deepblock 255 rs; gen deepaddfns 999 rs

# bcj39: the borrow checker's joins linear (N arms' values and event nodes united once; a join skips what the
# links below an else-if-let link made, initial on its then-branch)
gen borrowarms 20000 rs; gen iflettemps 4000 rs
# for40: N `for` loops over ranges in one async fn (N iterators saved across awaits), N nested
gen forloops 10000 rs; gen forloops 30 rs; gen fornest 100 rs; gen fornest 1000 rs
# meth40: N calls of core's integer and Option / Result methods in one async fn (an AstFn and a callee name each)
gen coremethods 20000 rs
# flow40: labeled loops left and continued by label, labeled blocks, let-else statements, 10k in one fn
gen labels 10000 rs; gen letelse 10000 rs
show() { # a file, or its first 12 and last 4 lines
	n=$(wc -l <"$1")
	if [ "$n" -le 20 ]; then cat "$1"; else head -12 "$1"; echo "... ($((n - 16)) lines)"; tail -4 "$1"; fi
}

pass=0 count=0 fail=0
while IFS= read -r line; do
	case $line in '#'* | '') continue;; esac
	name=$(printf '%s' "$line" | sed 's/ *|.*//')
	cmd=$(printf '%s' "$line" | sed 's/^[^|]*| *//')
	count=$((count + 1))
	timeout 600 sh -c "$cmd" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	{
		echo "\$ $cmd"
		echo "exit $rc"
		echo "--- stdout"
		show "$TMP/out"
		echo "--- stderr"
		show "$TMP/err"
	} | sed "s|$GEN/|GEN/|g" >"$TMP/got"
	want=tests/robust/expected/$name.out
	[ "$MODE" = bless ] && cp "$TMP/got" "$want"
	if [ -e "$want" ] && cmp -s "$want" "$TMP/got"; then
		pass=$((pass + 1))
	else
		fail=1
		echo "FAIL robust: $name (exit $rc)"
		diff "$want" "$TMP/got" 2>&1 | head -8
	fi
done <tests/robust/cases
echo "robust: $pass/$count passed"
exit $fail
