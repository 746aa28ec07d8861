/* test_transform.c — the state transform on rustc's own pre-StateTransform MIR of
 *   async fn bar() -> u32 { yield_now().await; 1 }
 *   async fn foo() -> u32 { let a = bar().await; let b = bar().await; a + b }
 * (rustc 1.95 -Zdump-mir=StateTransform, transcribed to the coroslim text form):
 * saved locals, variants, conflicts, the layout, the resume fn's structure (its
 * block count equals rustc's after-StateTransform dump), the elided arms
 * (can_return / can_unwind, panic=abort), verify_module on the output, and a
 * 300-await body built with the builders (time and the 2-byte tag). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../../measure/measure.h"

static const char *const FOO_MIR_LINES[] = {
	"coroutine bar: async fn at 3:1 {\n",
	"    output u32;\n",
	"    body bar::{closure#0};\n",
	"}\n",
	"\n",
	"coroutine foo: async fn at 7:1 {\n",
	"    output u32;\n",
	"    body foo::{closure#0};\n",
	"}\n",
	"\n",
	"\n",
	"fn bar::{closure#0}(_1: {async fn body of bar()}, _2: ResumeTy) -> u32\n",
	"yields ()\n",
	" {\n",
	"    debug _task_context => _2;\n",
	"    debug __awaitee => _6;\n",
	"    debug result => _17;\n",
	"    let mut _0: u32;\n",
	"    let _3: ();\n",
	"    let mut _4: YieldNow;\n",
	"    let mut _5: YieldNow;\n",
	"    let mut _6: YieldNow;\n",
	"    let mut _7: ();\n",
	"    let _8: ();\n",
	"    let mut _9: Poll<()>;\n",
	"    let mut _10: Pin<&mut YieldNow>;\n",
	"    let mut _11: &mut YieldNow;\n",
	"    let mut _12: &mut YieldNow;\n",
	"    let mut _13: &mut Context<'_>;\n",
	"    let mut _14: &mut Context<'_>;\n",
	"    let mut _15: ResumeTy;\n",
	"    let mut _16: isize;\n",
	"    let _17: ();\n",
	"    let mut _18: !;\n",
	"    let mut _19: ResumeTy;\n",
	"    let mut _20: ();\n",
	"\n",
	"    bb0: {\n",
	"        StorageLive(_3);\n",
	"        StorageLive(_4);\n",
	"        StorageLive(_5);\n",
	"        _5 = yield_now() -> [return: bb1, unwind: bb18];\n",
	"    }\n",
	"\n",
	"    bb1: {\n",
	"        _4 = <YieldNow as IntoFuture>::into_future(move _5) -> [return: bb2, unwind: bb18];\n",
	"    }\n",
	"\n",
	"    bb2: {\n",
	"        StorageDead(_5);\n",
	"        PlaceMention(_4);\n",
	"        StorageLive(_6);\n",
	"        _6 = move _4;\n",
	"        goto -> bb3;\n",
	"    }\n",
	"\n",
	"    bb3: {\n",
	"        StorageLive(_8);\n",
	"        StorageLive(_9);\n",
	"        StorageLive(_10);\n",
	"        StorageLive(_11);\n",
	"        StorageLive(_12);\n",
	"        _12 = &mut _6;\n",
	"        _11 = &mut (*_12);\n",
	"        _10 = Pin::<&mut YieldNow>::new_unchecked(move _11) -> [return: bb4, unwind: bb16];\n",
	"    }\n",
	"\n",
	"    bb4: {\n",
	"        StorageDead(_11);\n",
	"        StorageLive(_13);\n",
	"        StorageLive(_14);\n",
	"        StorageLive(_15);\n",
	"        _15 = copy _2;\n",
	"        _14 = std::future::get_context::<'_, '_>(move _15) -> [return: bb5, unwind: bb14];\n",
	"    }\n",
	"\n",
	"    bb5: {\n",
	"        _13 = &mut (*_14);\n",
	"        StorageDead(_15);\n",
	"        _9 = <YieldNow as Future>::poll(move _10, move _13) -> [return: bb6, unwind: bb15];\n",
	"    }\n",
	"\n",
	"    bb6: {\n",
	"        StorageDead(_13);\n",
	"        StorageDead(_10);\n",
	"        PlaceMention(_9);\n",
	"        _16 = discriminant(_9);\n",
	"        switchInt(move _16) -> [0: bb9, 1: bb8, otherwise: bb7];\n",
	"    }\n",
	"\n",
	"    bb7: {\n",
	"        unreachable;\n",
	"    }\n",
	"\n",
	"    bb8: {\n",
	"        _8 = const ();\n",
	"        StorageDead(_14);\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        StorageLive(_19);\n",
	"        StorageLive(_20);\n",
	"        _20 = ();\n",
	"        _19 = yield(move _20) -> [resume: bb10, drop: bb12];\n",
	"    }\n",
	"\n",
	"    bb9: {\n",
	"        StorageLive(_17);\n",
	"        _17 = copy ((_9 as Ready).0: ());\n",
	"        _3 = copy _17;\n",
	"        StorageDead(_17);\n",
	"        StorageDead(_14);\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        StorageDead(_6);\n",
	"        StorageDead(_4);\n",
	"        StorageDead(_3);\n",
	"        _0 = const 1_u32;\n",
	"        drop(_1) -> [return: bb11, unwind: bb20];\n",
	"    }\n",
	"\n",
	"    bb10: {\n",
	"        StorageDead(_20);\n",
	"        _2 = move _19;\n",
	"        StorageDead(_19);\n",
	"        _7 = const ();\n",
	"        goto -> bb3;\n",
	"    }\n",
	"\n",
	"    bb11: {\n",
	"        return;\n",
	"    }\n",
	"\n",
	"    bb12: {\n",
	"        StorageDead(_20);\n",
	"        StorageDead(_19);\n",
	"        StorageDead(_6);\n",
	"        StorageDead(_4);\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb13, unwind: bb20];\n",
	"    }\n",
	"\n",
	"    bb13: {\n",
	"        coroutine_drop;\n",
	"    }\n",
	"\n",
	"    bb14 (cleanup): {\n",
	"        StorageDead(_15);\n",
	"        goto -> bb15;\n",
	"    }\n",
	"\n",
	"    bb15 (cleanup): {\n",
	"        StorageDead(_13);\n",
	"        StorageDead(_10);\n",
	"        StorageDead(_14);\n",
	"        goto -> bb17;\n",
	"    }\n",
	"\n",
	"    bb16 (cleanup): {\n",
	"        StorageDead(_11);\n",
	"        StorageDead(_10);\n",
	"        goto -> bb17;\n",
	"    }\n",
	"\n",
	"    bb17 (cleanup): {\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        StorageDead(_6);\n",
	"        goto -> bb19;\n",
	"    }\n",
	"\n",
	"    bb18 (cleanup): {\n",
	"        StorageDead(_5);\n",
	"        goto -> bb19;\n",
	"    }\n",
	"\n",
	"    bb19 (cleanup): {\n",
	"        StorageDead(_4);\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb20, unwind terminate(cleanup)];\n",
	"    }\n",
	"\n",
	"    bb20 (cleanup): {\n",
	"        resume;\n",
	"    }\n",
	"}\n",
	"\n",
	"\n",
	"fn foo::{closure#0}(_1: {async fn body of foo()}, _2: ResumeTy) -> u32\n",
	"yields ()\n",
	" {\n",
	"    debug _task_context => _2;\n",
	"    debug a => _3;\n",
	"    debug b => _21;\n",
	"    debug __awaitee => _24;\n",
	"    debug result => _34;\n",
	"    debug __awaitee => _6;\n",
	"    debug result => _17;\n",
	"    let mut _0: u32;\n",
	"    let _3: u32;\n",
	"    let mut _4: {async fn body of bar()};\n",
	"    let mut _5: {async fn body of bar()};\n",
	"    let mut _6: {async fn body of bar()};\n",
	"    let mut _7: ();\n",
	"    let _8: ();\n",
	"    let mut _9: Poll<u32>;\n",
	"    let mut _10: Pin<&mut {async fn body of bar()}>;\n",
	"    let mut _11: &mut {async fn body of bar()};\n",
	"    let mut _12: &mut {async fn body of bar()};\n",
	"    let mut _13: &mut Context<'_>;\n",
	"    let mut _14: &mut Context<'_>;\n",
	"    let mut _15: ResumeTy;\n",
	"    let mut _16: isize;\n",
	"    let _17: u32;\n",
	"    let mut _18: !;\n",
	"    let mut _19: ResumeTy;\n",
	"    let mut _20: ();\n",
	"    let _21: u32;\n",
	"    let mut _22: {async fn body of bar()};\n",
	"    let mut _23: {async fn body of bar()};\n",
	"    let mut _24: {async fn body of bar()};\n",
	"    let _25: ();\n",
	"    let mut _26: Poll<u32>;\n",
	"    let mut _27: Pin<&mut {async fn body of bar()}>;\n",
	"    let mut _28: &mut {async fn body of bar()};\n",
	"    let mut _29: &mut {async fn body of bar()};\n",
	"    let mut _30: &mut Context<'_>;\n",
	"    let mut _31: &mut Context<'_>;\n",
	"    let mut _32: ResumeTy;\n",
	"    let mut _33: isize;\n",
	"    let _34: u32;\n",
	"    let mut _35: !;\n",
	"    let mut _36: ResumeTy;\n",
	"    let mut _37: ();\n",
	"    let mut _38: u32;\n",
	"    let mut _39: u32;\n",
	"    let mut _40: (u32, bool);\n",
	"\n",
	"    bb0: {\n",
	"        StorageLive(_3);\n",
	"        StorageLive(_4);\n",
	"        StorageLive(_5);\n",
	"        _5 = bar() -> [return: bb1, unwind: bb50];\n",
	"    }\n",
	"\n",
	"    bb1: {\n",
	"        _4 = <{async fn body of bar()} as IntoFuture>::into_future(move _5) -> [return: bb2, unwind: bb49];\n",
	"    }\n",
	"\n",
	"    bb2: {\n",
	"        StorageDead(_5);\n",
	"        PlaceMention(_4);\n",
	"        StorageLive(_6);\n",
	"        _6 = move _4;\n",
	"        goto -> bb3;\n",
	"    }\n",
	"\n",
	"    bb3: {\n",
	"        StorageLive(_8);\n",
	"        StorageLive(_9);\n",
	"        StorageLive(_10);\n",
	"        StorageLive(_11);\n",
	"        StorageLive(_12);\n",
	"        _12 = &mut _6;\n",
	"        _11 = &mut (*_12);\n",
	"        _10 = Pin::<&mut {async fn body of bar()}>::new_unchecked(move _11) -> [return: bb4, unwind: bb46];\n",
	"    }\n",
	"\n",
	"    bb4: {\n",
	"        StorageDead(_11);\n",
	"        StorageLive(_13);\n",
	"        StorageLive(_14);\n",
	"        StorageLive(_15);\n",
	"        _15 = copy _2;\n",
	"        _14 = std::future::get_context::<'_, '_>(move _15) -> [return: bb5, unwind: bb44];\n",
	"    }\n",
	"\n",
	"    bb5: {\n",
	"        _13 = &mut (*_14);\n",
	"        StorageDead(_15);\n",
	"        _9 = <{async fn body of bar()} as Future>::poll(move _10, move _13) -> [return: bb6, unwind: bb45];\n",
	"    }\n",
	"\n",
	"    bb6: {\n",
	"        StorageDead(_13);\n",
	"        StorageDead(_10);\n",
	"        PlaceMention(_9);\n",
	"        _16 = discriminant(_9);\n",
	"        switchInt(move _16) -> [0: bb9, 1: bb8, otherwise: bb7];\n",
	"    }\n",
	"\n",
	"    bb7: {\n",
	"        unreachable;\n",
	"    }\n",
	"\n",
	"    bb8: {\n",
	"        _8 = const ();\n",
	"        StorageDead(_14);\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        StorageLive(_19);\n",
	"        StorageLive(_20);\n",
	"        _20 = ();\n",
	"        _19 = yield(move _20) -> [resume: bb10, drop: bb29];\n",
	"    }\n",
	"\n",
	"    bb9: {\n",
	"        StorageLive(_17);\n",
	"        _17 = copy ((_9 as Ready).0: u32);\n",
	"        _3 = copy _17;\n",
	"        StorageDead(_17);\n",
	"        StorageDead(_14);\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        drop(_6) -> [return: bb11, unwind: bb48];\n",
	"    }\n",
	"\n",
	"    bb10: {\n",
	"        StorageDead(_20);\n",
	"        _2 = move _19;\n",
	"        StorageDead(_19);\n",
	"        _7 = const ();\n",
	"        goto -> bb3;\n",
	"    }\n",
	"\n",
	"    bb11: {\n",
	"        StorageDead(_6);\n",
	"        goto -> bb12;\n",
	"    }\n",
	"\n",
	"    bb12: {\n",
	"        StorageDead(_4);\n",
	"        StorageLive(_21);\n",
	"        StorageLive(_22);\n",
	"        StorageLive(_23);\n",
	"        _23 = bar() -> [return: bb13, unwind: bb41];\n",
	"    }\n",
	"\n",
	"    bb13: {\n",
	"        _22 = <{async fn body of bar()} as IntoFuture>::into_future(move _23) -> [return: bb14, unwind: bb40];\n",
	"    }\n",
	"\n",
	"    bb14: {\n",
	"        StorageDead(_23);\n",
	"        PlaceMention(_22);\n",
	"        StorageLive(_24);\n",
	"        _24 = move _22;\n",
	"        goto -> bb15;\n",
	"    }\n",
	"\n",
	"    bb15: {\n",
	"        StorageLive(_25);\n",
	"        StorageLive(_26);\n",
	"        StorageLive(_27);\n",
	"        StorageLive(_28);\n",
	"        StorageLive(_29);\n",
	"        _29 = &mut _24;\n",
	"        _28 = &mut (*_29);\n",
	"        _27 = Pin::<&mut {async fn body of bar()}>::new_unchecked(move _28) -> [return: bb16, unwind: bb37];\n",
	"    }\n",
	"\n",
	"    bb16: {\n",
	"        StorageDead(_28);\n",
	"        StorageLive(_30);\n",
	"        StorageLive(_31);\n",
	"        StorageLive(_32);\n",
	"        _32 = copy _2;\n",
	"        _31 = std::future::get_context::<'_, '_>(move _32) -> [return: bb17, unwind: bb35];\n",
	"    }\n",
	"\n",
	"    bb17: {\n",
	"        _30 = &mut (*_31);\n",
	"        StorageDead(_32);\n",
	"        _26 = <{async fn body of bar()} as Future>::poll(move _27, move _30) -> [return: bb18, unwind: bb36];\n",
	"    }\n",
	"\n",
	"    bb18: {\n",
	"        StorageDead(_30);\n",
	"        StorageDead(_27);\n",
	"        PlaceMention(_26);\n",
	"        _33 = discriminant(_26);\n",
	"        switchInt(move _33) -> [0: bb20, 1: bb19, otherwise: bb7];\n",
	"    }\n",
	"\n",
	"    bb19: {\n",
	"        _25 = const ();\n",
	"        StorageDead(_31);\n",
	"        StorageDead(_29);\n",
	"        StorageDead(_26);\n",
	"        StorageDead(_25);\n",
	"        StorageLive(_36);\n",
	"        StorageLive(_37);\n",
	"        _37 = ();\n",
	"        _36 = yield(move _37) -> [resume: bb21, drop: bb26];\n",
	"    }\n",
	"\n",
	"    bb20: {\n",
	"        StorageLive(_34);\n",
	"        _34 = copy ((_26 as Ready).0: u32);\n",
	"        _21 = copy _34;\n",
	"        StorageDead(_34);\n",
	"        StorageDead(_31);\n",
	"        StorageDead(_29);\n",
	"        StorageDead(_26);\n",
	"        StorageDead(_25);\n",
	"        drop(_24) -> [return: bb22, unwind: bb39];\n",
	"    }\n",
	"\n",
	"    bb21: {\n",
	"        StorageDead(_37);\n",
	"        _2 = move _36;\n",
	"        StorageDead(_36);\n",
	"        _7 = const ();\n",
	"        goto -> bb15;\n",
	"    }\n",
	"\n",
	"    bb22: {\n",
	"        StorageDead(_24);\n",
	"        goto -> bb23;\n",
	"    }\n",
	"\n",
	"    bb23: {\n",
	"        StorageDead(_22);\n",
	"        StorageLive(_38);\n",
	"        _38 = copy _3;\n",
	"        StorageLive(_39);\n",
	"        _39 = copy _21;\n",
	"        _40 = AddWithOverflow(copy _38, copy _39);\n",
	"        assert(!move (_40.1: bool), \"attempt to compute `{} + {}`, which would overflow\", move _38, move _39) -> [success: bb24, unwind: bb34];\n",
	"    }\n",
	"\n",
	"    bb24: {\n",
	"        _0 = move (_40.0: u32);\n",
	"        StorageDead(_39);\n",
	"        StorageDead(_38);\n",
	"        StorageDead(_21);\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb25, unwind: bb53];\n",
	"    }\n",
	"\n",
	"    bb25: {\n",
	"        return;\n",
	"    }\n",
	"\n",
	"    bb26: {\n",
	"        StorageDead(_37);\n",
	"        StorageDead(_36);\n",
	"        drop(_24) -> [return: bb27, unwind: bb54];\n",
	"    }\n",
	"\n",
	"    bb27: {\n",
	"        StorageDead(_24);\n",
	"        goto -> bb28;\n",
	"    }\n",
	"\n",
	"    bb28: {\n",
	"        StorageDead(_22);\n",
	"        StorageDead(_21);\n",
	"        goto -> bb32;\n",
	"    }\n",
	"\n",
	"    bb29: {\n",
	"        StorageDead(_20);\n",
	"        StorageDead(_19);\n",
	"        drop(_6) -> [return: bb30, unwind: bb56];\n",
	"    }\n",
	"\n",
	"    bb30: {\n",
	"        StorageDead(_6);\n",
	"        goto -> bb31;\n",
	"    }\n",
	"\n",
	"    bb31: {\n",
	"        StorageDead(_4);\n",
	"        goto -> bb32;\n",
	"    }\n",
	"\n",
	"    bb32: {\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb33, unwind: bb53];\n",
	"    }\n",
	"\n",
	"    bb33: {\n",
	"        coroutine_drop;\n",
	"    }\n",
	"\n",
	"    bb34 (cleanup): {\n",
	"        StorageDead(_39);\n",
	"        StorageDead(_38);\n",
	"        goto -> bb43;\n",
	"    }\n",
	"\n",
	"    bb35 (cleanup): {\n",
	"        StorageDead(_32);\n",
	"        goto -> bb36;\n",
	"    }\n",
	"\n",
	"    bb36 (cleanup): {\n",
	"        StorageDead(_30);\n",
	"        StorageDead(_27);\n",
	"        StorageDead(_31);\n",
	"        goto -> bb38;\n",
	"    }\n",
	"\n",
	"    bb37 (cleanup): {\n",
	"        StorageDead(_28);\n",
	"        StorageDead(_27);\n",
	"        goto -> bb38;\n",
	"    }\n",
	"\n",
	"    bb38 (cleanup): {\n",
	"        StorageDead(_29);\n",
	"        StorageDead(_26);\n",
	"        StorageDead(_25);\n",
	"        drop(_24) -> [return: bb39, unwind terminate(cleanup)];\n",
	"    }\n",
	"\n",
	"    bb39 (cleanup): {\n",
	"        StorageDead(_24);\n",
	"        goto -> bb42;\n",
	"    }\n",
	"\n",
	"    bb40 (cleanup): {\n",
	"        goto -> bb41;\n",
	"    }\n",
	"\n",
	"    bb41 (cleanup): {\n",
	"        StorageDead(_23);\n",
	"        goto -> bb42;\n",
	"    }\n",
	"\n",
	"    bb42 (cleanup): {\n",
	"        StorageDead(_22);\n",
	"        goto -> bb43;\n",
	"    }\n",
	"\n",
	"    bb43 (cleanup): {\n",
	"        StorageDead(_21);\n",
	"        goto -> bb52;\n",
	"    }\n",
	"\n",
	"    bb44 (cleanup): {\n",
	"        StorageDead(_15);\n",
	"        goto -> bb45;\n",
	"    }\n",
	"\n",
	"    bb45 (cleanup): {\n",
	"        StorageDead(_13);\n",
	"        StorageDead(_10);\n",
	"        StorageDead(_14);\n",
	"        goto -> bb47;\n",
	"    }\n",
	"\n",
	"    bb46 (cleanup): {\n",
	"        StorageDead(_11);\n",
	"        StorageDead(_10);\n",
	"        goto -> bb47;\n",
	"    }\n",
	"\n",
	"    bb47 (cleanup): {\n",
	"        StorageDead(_12);\n",
	"        StorageDead(_9);\n",
	"        StorageDead(_8);\n",
	"        drop(_6) -> [return: bb48, unwind terminate(cleanup)];\n",
	"    }\n",
	"\n",
	"    bb48 (cleanup): {\n",
	"        StorageDead(_6);\n",
	"        goto -> bb51;\n",
	"    }\n",
	"\n",
	"    bb49 (cleanup): {\n",
	"        goto -> bb50;\n",
	"    }\n",
	"\n",
	"    bb50 (cleanup): {\n",
	"        StorageDead(_5);\n",
	"        goto -> bb51;\n",
	"    }\n",
	"\n",
	"    bb51 (cleanup): {\n",
	"        StorageDead(_4);\n",
	"        goto -> bb52;\n",
	"    }\n",
	"\n",
	"    bb52 (cleanup): {\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb53, unwind terminate(cleanup)];\n",
	"    }\n",
	"\n",
	"    bb53 (cleanup): {\n",
	"        resume;\n",
	"    }\n",
	"\n",
	"    bb54 (cleanup): {\n",
	"        StorageDead(_24);\n",
	"        goto -> bb55;\n",
	"    }\n",
	"\n",
	"    bb55 (cleanup): {\n",
	"        StorageDead(_22);\n",
	"        StorageDead(_21);\n",
	"        goto -> bb58;\n",
	"    }\n",
	"\n",
	"    bb56 (cleanup): {\n",
	"        StorageDead(_6);\n",
	"        goto -> bb57;\n",
	"    }\n",
	"\n",
	"    bb57 (cleanup): {\n",
	"        StorageDead(_4);\n",
	"        goto -> bb58;\n",
	"    }\n",
	"\n",
	"    bb58 (cleanup): {\n",
	"        StorageDead(_3);\n",
	"        drop(_1) -> [return: bb53, unwind terminate(cleanup)];\n",
	"    }\n",
	"}\n",
	"\n",
	"fn bar() -> {async fn body of bar()} {\n",
	"    let mut _0: {async fn body of bar()};\n",
	"\n",
	"    bb0: {\n",
	"        _0 = {async fn body of bar()} {};\n",
	"        return;\n",
	"    }\n",
	"}\n",
};

static Module *load(int panic_abort)
{
	Diag d;
	memset(&d, 0, sizeof d);
	size_t n = 0, len = 0;
	for (n = 0; n < sizeof FOO_MIR_LINES / sizeof *FOO_MIR_LINES; n++)
		len += strlen(FOO_MIR_LINES[n]);
	char *src = malloc(len + 1), *p = src;
	assert_non_null(src);
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%s", FOO_MIR_LINES[i]);
	Module *m = parse_module("foo.mir", src, len, &d);
	free(src);
	if (!m)
		diag_print(&d, stderr);
	assert_non_null(m);
	m->panic_abort = (uint8_t)panic_abort;
	return m;
}

static void transform_ok(Module *m)
{
	Diag d;
	memset(&d, 0, sizeof d);
	int rc = state_transform(m, &d);
	if (rc)
		diag_print(&d, stderr);
	assert_int_equal(rc, 0);
	memset(&d, 0, sizeof d);
	rc = verify_module(m, "state_transform", &d);
	if (rc)
		diag_print(&d, stderr);
	assert_int_equal(rc, 0);
	assert_true(m->transformed);
}

static const Term *entry_switch(const Fn *f)
{
	const Block *b0 = &f->blocks[0];
	assert_int_equal(b0->term.kind, TK_SWITCH);
	return &b0->term;
}

static int has_arm(const Fn *f, const Term *t, uint64_t v)
{
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value == v)
			return 1;
	return 0;
}

static int count_poison_blocks(const Fn *f)
{
	int n = 0;
	for (uint32_t b = 0; b < f->nblocks; b++) {
		const Block *bb = &f->blocks[b];
		if (bb->cleanup && bb->term.kind == TK_RESUME && bb->nstmts == 1 && bb->stmts[0].kind == ST_SET_DISCR &&
		    bb->stmts[0].x == STATE_POISONED)
			n++;
	}
	return n;
}

static void test_bar_foo_layouts(void **state)
{
	(void)state;
	Module *m = load(0);
	transform_ok(m);
	int bar = module_find_coro(m, "bar"), foo = module_find_coro(m, "foo");
	assert_true(bar >= 0 && foo >= 0);
	const Layout *lb = m->coros[bar].layout, *lf = m->coros[foo].layout;
	assert_non_null(lb);
	assert_non_null(lf);
	/* bar: one saved __awaitee (_6), 4 states, 2 bytes */
	assert_int_equal(lb->nsaved, 1);
	assert_int_equal(lb->saved[0].local, 6);
	assert_string_equal(lb->saved[0].name, "__awaitee");
	assert_int_equal(lb->nvariants, 4);
	assert_int_equal(lb->size, 2);
	/* foo: _s0 = a (_3), _s1/_s2 = the two __awaitee; Suspend0 [_s1], Suspend1 [_s0, _s2] */
	assert_int_equal(lf->nsaved, 3);
	assert_int_equal(lf->saved[0].local, 3);
	assert_string_equal(lf->saved[0].name, "a");
	assert_int_equal(lf->nvariants, 5);
	assert_int_equal(lf->nfields[3], 1);
	assert_int_equal(lf->fields[lf->field_start[3]], 1);
	assert_int_equal(lf->nfields[4], 2);
	assert_int_equal(lf->fields[lf->field_start[4]], 0);
	assert_int_equal(lf->fields[lf->field_start[4] + 1], 2);
	/* rustc's storage_conflicts: (_s0, *), (_s1, _s1), (_s2, _s2) and symmetric */
	assert_true(layout_conflict(lf, 0, 1));
	assert_true(layout_conflict(lf, 0, 2));
	assert_false(layout_conflict(lf, 1, 2));
	assert_true(layout_conflict(lf, 1, 1));
	assert_int_equal(lf->size, 12);
	assert_true(lf->saved[0].promoted);
	module_free(m);
}

static void test_resume_fn_structure(void **state)
{
	(void)state;
	Module *m = load(0);
	transform_ok(m);
	int foo = module_find_coro(m, "foo");
	const Coroutine *c = &m->coros[foo];
	assert_non_null(c->resume);
	assert_non_null(c->drop);
	const Fn *r = module_find_fn(m, c->resume);
	assert_non_null(r);
	assert_int_equal(r->kind, FN_RESUME);
	assert_int_equal(r->nargs, 2);
	assert_int_equal(type_get(m, r->locals[1].ty)->kind, TY_PIN);
	assert_int_equal(type_get(m, r->locals[0].ty)->kind, TY_POLL);
	/* no FN_CORO_BODY left */
	for (uint32_t i = 0; i < m->nfns; i++)
		assert_int_not_equal(m->fns[i]->kind, FN_CORO_BODY);
	const Term *sw = entry_switch(r);
	assert_int_equal(sw->nargs, 5); /* 0, 1, 2, 3, 4 */
	for (uint64_t v = 0; v < 5; v++)
		assert_true(has_arm(r, sw, v));
	assert_int_equal(count_poison_blocks(r), 1);
	/* rustc's after-StateTransform dump of foo::{closure#0} has bb0..bb50 */
	assert_int_equal(r->nblocks, 51);
	const Fn *rb = module_find_fn(m, m->coros[module_find_coro(m, "bar")].resume);
	assert_int_equal(rb->nblocks, 24);
	/* the final O0 MIR (rustc --emit=mir) has 27 and 14 blocks */
	Fn *cl = fn_clone(m, r, "tmp_count");
	mir_cleanup(cl);
	assert_int_equal(cl->nblocks, 27);
	module_remove_fn(m, cl);
	cl = fn_clone(m, rb, "tmp_count");
	mir_cleanup(cl);
	assert_int_equal(cl->nblocks, 14);
	module_remove_fn(m, cl);
	/* the drop shim: `(_1: *mut C) -> ()` switching on the state */
	const Fn *d = module_find_fn(m, c->drop);
	assert_non_null(d);
	assert_int_equal(d->kind, FN_DROP_SHIM);
	assert_int_equal(d->nargs, 1);
	assert_int_equal(type_get(m, d->locals[1].ty)->kind, TY_RAWMUT);
	assert_int_equal(d->locals[0].ty, TY_UNIT);
	const Term *dsw = entry_switch(d);
	assert_true(has_arm(d, dsw, 0) && has_arm(d, dsw, 3) && has_arm(d, dsw, 4));
	assert_false(has_arm(d, dsw, 1));
	module_free(m);
}

static void test_panic_abort_no_poison(void **state)
{
	(void)state;
	Module *m = load(1);
	transform_ok(m);
	const Fn *r = module_find_fn(m, m->coros[module_find_coro(m, "foo")].resume);
	const Term *sw = entry_switch(r);
	assert_true(has_arm(r, sw, 0));
	assert_true(has_arm(r, sw, 1));
	assert_false(has_arm(r, sw, 2));
	assert_true(has_arm(r, sw, 3));
	assert_int_equal(count_poison_blocks(r), 0);
	for (uint32_t b = 0; b < r->nblocks; b++)
		if (r->blocks[b].term.kind == TK_ASSERT)
			assert_int_not_equal(r->blocks[b].term.msg, AK_RESUMED_AFTER_PANIC);
	module_free(m);
}

static void test_cannot_return_no_arm_1(void **state)
{
	(void)state;
	Module *m = load(0);
	Fn *body = module_find_fn(m, m->coros[module_find_coro(m, "bar")].body);
	assert_non_null(body);
	for (uint32_t b = 0; b < body->nblocks; b++)
		if (body->blocks[b].term.kind == TK_RETURN)
			fn_set_term(body, b, term_simple(TK_UNREACHABLE));
	transform_ok(m);
	const Fn *r = module_find_fn(m, m->coros[module_find_coro(m, "bar")].resume);
	const Term *sw = entry_switch(r);
	assert_false(has_arm(r, sw, 1));
	assert_true(has_arm(r, sw, 2));
	for (uint32_t b = 0; b < r->nblocks; b++)
		if (r->blocks[b].term.kind == TK_ASSERT)
			assert_int_not_equal(r->blocks[b].term.msg, AK_RESUMED_AFTER_RETURN);
	module_free(m);
}

/* A body with N awaits built with the builders: per await a borrowed local live across
 * its own yield (like __awaitee), thousands of blocks; must be fast. */
static void test_300_awaits_scale(void **state)
{
	(void)state;
	enum { N = 300 };
	Module *m = module_new("scale");
	uint32_t ci = module_add_coro(m, "many", CORO_ASYNC_FN);
	m->coros[ci].output = TY_UNIT;
	Fn *f = fn_new(m, "many::{closure#0}", FN_CORO_BODY);
	f->coro = ci;
	f->nargs = 2;
	m->coros[ci].body = arena_strdup(m->arena, f->name);
	fn_add_local(f, TY_UNIT, NULL, 1);
	fn_add_local(f, type_coro(m, ci), NULL, 0);
	fn_add_local(f, TY_RESUMETY, "_task_context", 0);
	TypeId refmut = type_ptr(m, TY_REFMUT, TY_YIELDNOW);
	BlockId cur = fn_add_block(f, 0);
	BlockId dropb = fn_add_block(f, 0);
	fn_set_term(f, dropb, term_simple(TK_COROUTINE_DROP));
	for (int k = 0; k < N; k++) {
		LocalId aw = fn_add_local(f, TY_YIELDNOW, "__awaitee", 1);
		LocalId r = fn_add_local(f, refmut, NULL, 1);
		LocalId filler = fn_add_local(f, TY_U64, NULL, 0);
		fn_push_stmt(f, cur, stmt_storage(ST_STORAGE_LIVE, aw));
		fn_push_stmt(f, cur, stmt_assign_use(place_local(f, aw), op_const(f, TY_BOOL, 0)));
		/* a few plain blocks in between, as a poll loop would have */
		for (int j = 0; j < 6; j++) {
			fn_push_stmt(f, cur, stmt_storage(ST_STORAGE_LIVE, filler));
			fn_push_stmt(f, cur, stmt_assign_use(place_local(f, filler), op_const(f, TY_U64, (uint64_t)j)));
			fn_push_stmt(f, cur, stmt_storage(ST_STORAGE_DEAD, filler));
			BlockId nb = fn_add_block(f, 0);
			fn_set_term(f, cur, term_goto(nb));
			cur = nb;
		}
		fn_push_stmt(f, cur, stmt_storage(ST_STORAGE_LIVE, r));
		Stmt s = {.kind = ST_ASSIGN, .rv = RV_REFMUT, .place = place_local(f, r),
			  .a = {.kind = OP_COPY, .v = place_local(f, aw)}};
		fn_push_stmt(f, cur, s);
		fn_push_stmt(f, cur, stmt_storage(ST_STORAGE_DEAD, r));
		BlockId resume = fn_add_block(f, 0);
		Term y = term_simple(TK_YIELD);
		y.a = op_const(f, TY_UNIT, 0);
		y.place = place_local(f, 2);
		y.target = resume;
		y.drop = fn_add_block(f, 0); /* each drop path ends the storage of its awaitee */
		fn_push_stmt(f, y.drop, stmt_storage(ST_STORAGE_DEAD, aw));
		fn_set_term(f, y.drop, term_goto(dropb));
		fn_set_term(f, cur, y);
		fn_push_stmt(f, resume, stmt_storage(ST_STORAGE_DEAD, aw));
		cur = resume;
	}
	fn_push_stmt(f, cur, stmt_assign_use(place_local(f, 0), op_const(f, TY_UNIT, 0)));
	fn_set_term(f, cur, term_simple(TK_RETURN));
	assert_true(f->nblocks > 2000);
	clock_t t0 = clock();
	Diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(state_transform(m, &d), 0);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	const Layout *l = m->coros[ci].layout;
	assert_int_equal(l->nvariants, N + 3);
	assert_int_equal(l->nsaved, N);
	assert_int_equal(l->tag_size, 2);
	if (getenv("DEBUG_SCALE"))
		print_module(m, stderr);
	assert_int_equal(l->size, 4);
	assert_true(secs < 1.0);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bar_foo_layouts),
		cmocka_unit_test(test_resume_fn_structure),
		cmocka_unit_test(test_panic_abort_no_poison),
		cmocka_unit_test(test_cannot_return_no_arm_1),
		cmocka_unit_test(test_300_awaits_scale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
