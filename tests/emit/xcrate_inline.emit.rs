#![no_std]
#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize, offset_of_enum)]
#![allow(internal_features, warnings)]
#![feature(linkage)]
// internal-linkage fns below: compile with -C codegen-units=1 (as `coroslim bytes` does)
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
pub struct YieldNow { yielded: bool }
impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded { Poll::Ready(()) } else { self.yielded = true; Poll::Pending }
    }
}
pub fn yield_now() -> YieldNow { YieldNow { yielded: false } }
#[cfg(not(coroslim_trace))]
#[inline(never)] pub fn observe(x: u32) { core::hint::black_box(x); }
#[cfg(coroslim_trace)]
#[inline(never)] pub fn observe(x: u32) {
    extern "Rust" { fn coroslim_trace_observe(x: u32); }
    unsafe { coroslim_trace_observe(x) }
}
pub struct Guard(u32);
impl Drop for Guard { fn drop(&mut self) { observe(self.0) } }
pub fn guard(x: u32) -> Guard { Guard(x) }
// ---- the module, as custom MIR (coroslim emit) ----
use core::future::IntoFuture;
use core::intrinsics::mir::*;
use core::marker::PhantomPinned;
use core::mem::ManuallyDrop;

#[rustc_macro_transparency = "transparent"]
macro coro_mir {
    ({ $($blocks:tt)* } $ret:ident $never:ident $unreachable:ident; $($f:ident $unwind:expr),*) => {{
        $($blocks)*
        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*
        $ret
    }}
}
#[rustc_macro_transparency = "transparent"]
macro same_loc {
    ($never:ident $unreachable:ident; $($f:path, $unwind:expr);*) => {
        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*
    }
}

static COROSLIM_ANCHOR: () = ();
const COROSLIM_NULL: *const () = core::ptr::null();
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_add_overflow() -> ! {
    core::panicking::panic_const::panic_const_add_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_sub_overflow() -> ! {
    core::panicking::panic_const::panic_const_sub_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_mul_overflow() -> ! {
    core::panicking::panic_const::panic_const_mul_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_div_overflow() -> ! {
    core::panicking::panic_const::panic_const_div_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_rem_overflow() -> ! {
    core::panicking::panic_const::panic_const_rem_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_neg_overflow() -> ! {
    core::panicking::panic_const::panic_const_neg_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_shl_overflow() -> ! {
    core::panicking::panic_const::panic_const_shl_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_shr_overflow() -> ! {
    core::panicking::panic_const::panic_const_shr_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_div_by_zero() -> ! {
    core::panicking::panic_const::panic_const_div_by_zero()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_rem_by_zero() -> ! {
    core::panicking::panic_const::panic_const_rem_by_zero()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_async_fn_resumed() -> ! {
    core::panicking::panic_const::panic_const_async_fn_resumed()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_async_fn_resumed_panic() -> ! {
    core::panicking::panic_const::panic_const_async_fn_resumed_panic()
}

struct P { a: u32 }
const _: () = assert!(core::mem::size_of::<P>() == 4 && core::mem::align_of::<P>() == 4
    && core::mem::offset_of!(P, a) == 0);
// user: async fn at 13:1; size 28, align 4, tag u8 at 25
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_user { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_tag { _p: [u8; 25], f: Tag_user }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_user_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_u1 { _p: [u8; 4], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_user_u1, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_s0 { _p: [u8; 8], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_user_s0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_s1 { _p: [u8; 12], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_user_s1, f) == 12);
#[repr(C)]
struct V_user_s2 { _p: [u8; 16], f: P }
const _: () = assert!(core::mem::offset_of!(V_user_s2, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_user_s3 { _p: [u8; 20], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_user_s3, f) == 20);
#[repr(C)]
struct V_user_s4 { _p: [u8; 24], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_user_s4, f) == 24);
#[repr(C)]
union U_user {
    tag: V_user_tag,
    u0: V_user_u0,
    u1: V_user_u1,
    s0: V_user_s0,
    s1: V_user_s1,
    s2: ManuallyDrop<V_user_s2>,
    s3: V_user_s3,
    s4: ManuallyDrop<V_user_s4>,
    size: [u8; 28],
}
#[repr(C, align(4))]
struct Coro_user { u: U_user, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_user>() == 28 && core::mem::align_of::<Coro_user>() == 4);
impl Future for Coro_user {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_user(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_user {
    #[inline(always)]
    fn drop(&mut self) {
        drop_user(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[linkage = "internal"]
fn plus_one(_1: &P) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb0_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: u32;
            let _3: (u32, bool);
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        _2 = (*_1).a;
                        _3 = Checked(_2 + 1_u32);
                        match Move(_3.1) { false => bb1, _ => bb0_panic }
                    };
                    { // bb1
                        RET = Move(_3.0);
                        StorageDead(_2);
                        Return()
                    };
                    { // bb0_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindContinue())
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[linkage = "internal"]
fn halve(_1: i32, _2: i32) -> i32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb0_panic = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: i32;
            let _3: i32;
            let _4: i32;
            let _5: bool;
            let _6: bool;
            let _7: bool;
            let _8: bool;
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_3);
                        _3 = _1;
                        StorageLive(_4);
                        _4 = _2;
                        _5 = _4 == 0_i32;
                        match Move(_5) { false => bb1, _ => bb0_panic }
                    };
                    { // bb1
                        _6 = _4 == -1_i32;
                        _7 = _3 == -2147483648_i32;
                        _8 = Move(_6) & Move(_7);
                        match Move(_8) { false => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        RET = Move(_3) / Move(_4);
                        StorageDead(_4);
                        StorageDead(_3);
                        Return()
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_div_by_zero, UnwindContinue(); core::panicking::panic_const::panic_const_div_overflow, UnwindContinue());
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn plain(_1: u32) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        _2 = _1;
                        RET = Move(_2) & 3_u32;
                        StorageDead(_2);
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn calls(_1: u32) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: P;
            let _3: u32;
            let _4: u32;
            let _5: &P;
            let _6: &P;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = P { a: Move(_3) };
                        StorageDead(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        _6 = &_2;
                        _5 = &(*_6);
                        Call(_4 = plus_one(Move(_5)), ReturnTo(bb1), UnwindContinue())
                    };
                    { // bb1
                        StorageDead(_5);
                        RET = Move(_4) & 7_u32;
                        StorageDead(_4);
                        StorageDead(_2);
                        StorageDead(_6);
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn holds(_1: u32) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Cleanup;
        {
            let RET: u32;
            let _2: Guard;
            let _3: u32;
            let _4: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        Call(_2 = guard(Move(_3)), ReturnTo(bb1), UnwindContinue())
                    };
                    { // bb1
                        StorageDead(_3);
                        StorageLive(_4);
                        _4 = _1;
                        RET = Move(_4) & 1_u32;
                        StorageDead(_4);
                        Drop(_2, ReturnTo(bb2), UnwindCleanup(bb3))
                    };
                    { // bb2
                        StorageDead(_2);
                        Return()
                    };
                    { // bb3
                        UnwindResume()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn long(_1: u32) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb24 = BasicBlock::Normal;
        let bb25 = BasicBlock::Normal;
        let bb26 = BasicBlock::Normal;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Normal;
        let bb29 = BasicBlock::Normal;
        let bb30 = BasicBlock::Normal;
        let bb31 = BasicBlock::Normal;
        let bb32 = BasicBlock::Normal;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Normal;
        let bb35 = BasicBlock::Normal;
        let bb36 = BasicBlock::Normal;
        let bb37 = BasicBlock::Normal;
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Normal;
        let bb40 = BasicBlock::Normal;
        let bb0_panic = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb3_panic = BasicBlock::Normal;
        let bb4_panic = BasicBlock::Normal;
        let bb5_panic = BasicBlock::Normal;
        let bb6_panic = BasicBlock::Normal;
        let bb7_panic = BasicBlock::Normal;
        let bb8_panic = BasicBlock::Normal;
        let bb9_panic = BasicBlock::Normal;
        let bb10_panic = BasicBlock::Normal;
        let bb11_panic = BasicBlock::Normal;
        let bb12_panic = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb14_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb20_panic = BasicBlock::Normal;
        let bb21_panic = BasicBlock::Normal;
        let bb22_panic = BasicBlock::Normal;
        let bb23_panic = BasicBlock::Normal;
        let bb24_panic = BasicBlock::Normal;
        let bb25_panic = BasicBlock::Normal;
        let bb26_panic = BasicBlock::Normal;
        let bb27_panic = BasicBlock::Normal;
        let bb28_panic = BasicBlock::Normal;
        let bb29_panic = BasicBlock::Normal;
        let bb30_panic = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        let bb32_panic = BasicBlock::Normal;
        let bb33_panic = BasicBlock::Normal;
        let bb34_panic = BasicBlock::Normal;
        let bb35_panic = BasicBlock::Normal;
        let bb36_panic = BasicBlock::Normal;
        let bb37_panic = BasicBlock::Normal;
        let bb38_panic = BasicBlock::Normal;
        let bb39_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: u32;
            let _3: u32;
            let _4: u32;
            let _5: u32;
            let _6: u32;
            let _7: u32;
            let _8: u32;
            let _9: u32;
            let _10: u32;
            let _11: u32;
            let _12: u32;
            let _13: u32;
            let _14: u32;
            let _15: u32;
            let _16: u32;
            let _17: u32;
            let _18: u32;
            let _19: u32;
            let _20: u32;
            let _21: u32;
            let _22: u32;
            let _23: u32;
            let _24: u32;
            let _25: u32;
            let _26: u32;
            let _27: u32;
            let _28: u32;
            let _29: u32;
            let _30: u32;
            let _31: u32;
            let _32: u32;
            let _33: u32;
            let _34: u32;
            let _35: u32;
            let _36: u32;
            let _37: u32;
            let _38: u32;
            let _39: u32;
            let _40: u32;
            let _41: u32;
            let _42: (u32, bool);
            let _43: (u32, bool);
            let _44: (u32, bool);
            let _45: (u32, bool);
            let _46: (u32, bool);
            let _47: (u32, bool);
            let _48: (u32, bool);
            let _49: (u32, bool);
            let _50: (u32, bool);
            let _51: (u32, bool);
            let _52: (u32, bool);
            let _53: (u32, bool);
            let _54: (u32, bool);
            let _55: (u32, bool);
            let _56: (u32, bool);
            let _57: (u32, bool);
            let _58: (u32, bool);
            let _59: (u32, bool);
            let _60: (u32, bool);
            let _61: (u32, bool);
            let _62: (u32, bool);
            let _63: (u32, bool);
            let _64: (u32, bool);
            let _65: (u32, bool);
            let _66: (u32, bool);
            let _67: (u32, bool);
            let _68: (u32, bool);
            let _69: (u32, bool);
            let _70: (u32, bool);
            let _71: (u32, bool);
            let _72: (u32, bool);
            let _73: (u32, bool);
            let _74: (u32, bool);
            let _75: (u32, bool);
            let _76: (u32, bool);
            let _77: (u32, bool);
            let _78: (u32, bool);
            let _79: (u32, bool);
            let _80: (u32, bool);
            let _81: (u32, bool);
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        StorageLive(_31);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        StorageLive(_36);
                        StorageLive(_37);
                        StorageLive(_38);
                        StorageLive(_39);
                        StorageLive(_40);
                        StorageLive(_41);
                        _41 = _1;
                        _42 = Checked(_41 + 1_u32);
                        match Move(_42.1) { false => bb1, _ => bb0_panic }
                    };
                    { // bb1
                        _40 = Move(_42.0);
                        StorageDead(_41);
                        _43 = Checked(_40 + 2_u32);
                        match Move(_43.1) { false => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        _39 = Move(_43.0);
                        StorageDead(_40);
                        _44 = Checked(_39 + 3_u32);
                        match Move(_44.1) { false => bb3, _ => bb2_panic }
                    };
                    { // bb3
                        _38 = Move(_44.0);
                        StorageDead(_39);
                        _45 = Checked(_38 + 4_u32);
                        match Move(_45.1) { false => bb4, _ => bb3_panic }
                    };
                    { // bb4
                        _37 = Move(_45.0);
                        StorageDead(_38);
                        _46 = Checked(_37 + 5_u32);
                        match Move(_46.1) { false => bb5, _ => bb4_panic }
                    };
                    { // bb5
                        _36 = Move(_46.0);
                        StorageDead(_37);
                        _47 = Checked(_36 + 6_u32);
                        match Move(_47.1) { false => bb6, _ => bb5_panic }
                    };
                    { // bb6
                        _35 = Move(_47.0);
                        StorageDead(_36);
                        _48 = Checked(_35 + 7_u32);
                        match Move(_48.1) { false => bb7, _ => bb6_panic }
                    };
                    { // bb7
                        _34 = Move(_48.0);
                        StorageDead(_35);
                        _49 = Checked(_34 + 8_u32);
                        match Move(_49.1) { false => bb8, _ => bb7_panic }
                    };
                    { // bb8
                        _33 = Move(_49.0);
                        StorageDead(_34);
                        _50 = Checked(_33 + 9_u32);
                        match Move(_50.1) { false => bb9, _ => bb8_panic }
                    };
                    { // bb9
                        _32 = Move(_50.0);
                        StorageDead(_33);
                        _51 = Checked(_32 + 10_u32);
                        match Move(_51.1) { false => bb10, _ => bb9_panic }
                    };
                    { // bb10
                        _31 = Move(_51.0);
                        StorageDead(_32);
                        _52 = Checked(_31 + 11_u32);
                        match Move(_52.1) { false => bb11, _ => bb10_panic }
                    };
                    { // bb11
                        _30 = Move(_52.0);
                        StorageDead(_31);
                        _53 = Checked(_30 + 12_u32);
                        match Move(_53.1) { false => bb12, _ => bb11_panic }
                    };
                    { // bb12
                        _29 = Move(_53.0);
                        StorageDead(_30);
                        _54 = Checked(_29 + 13_u32);
                        match Move(_54.1) { false => bb13, _ => bb12_panic }
                    };
                    { // bb13
                        _28 = Move(_54.0);
                        StorageDead(_29);
                        _55 = Checked(_28 + 14_u32);
                        match Move(_55.1) { false => bb14, _ => bb13_panic }
                    };
                    { // bb14
                        _27 = Move(_55.0);
                        StorageDead(_28);
                        _56 = Checked(_27 + 15_u32);
                        match Move(_56.1) { false => bb15, _ => bb14_panic }
                    };
                    { // bb15
                        _26 = Move(_56.0);
                        StorageDead(_27);
                        _57 = Checked(_26 + 16_u32);
                        match Move(_57.1) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _25 = Move(_57.0);
                        StorageDead(_26);
                        _58 = Checked(_25 + 17_u32);
                        match Move(_58.1) { false => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _24 = Move(_58.0);
                        StorageDead(_25);
                        _59 = Checked(_24 + 18_u32);
                        match Move(_59.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        _23 = Move(_59.0);
                        StorageDead(_24);
                        _60 = Checked(_23 + 19_u32);
                        match Move(_60.1) { false => bb19, _ => bb18_panic }
                    };
                    { // bb19
                        _22 = Move(_60.0);
                        StorageDead(_23);
                        _61 = Checked(_22 + 20_u32);
                        match Move(_61.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        _21 = Move(_61.0);
                        StorageDead(_22);
                        _62 = Checked(_21 + 21_u32);
                        match Move(_62.1) { false => bb21, _ => bb20_panic }
                    };
                    { // bb21
                        _20 = Move(_62.0);
                        StorageDead(_21);
                        _63 = Checked(_20 + 22_u32);
                        match Move(_63.1) { false => bb22, _ => bb21_panic }
                    };
                    { // bb22
                        _19 = Move(_63.0);
                        StorageDead(_20);
                        _64 = Checked(_19 + 23_u32);
                        match Move(_64.1) { false => bb23, _ => bb22_panic }
                    };
                    { // bb23
                        _18 = Move(_64.0);
                        StorageDead(_19);
                        _65 = Checked(_18 + 24_u32);
                        match Move(_65.1) { false => bb24, _ => bb23_panic }
                    };
                    { // bb24
                        _17 = Move(_65.0);
                        StorageDead(_18);
                        _66 = Checked(_17 + 25_u32);
                        match Move(_66.1) { false => bb25, _ => bb24_panic }
                    };
                    { // bb25
                        _16 = Move(_66.0);
                        StorageDead(_17);
                        _67 = Checked(_16 + 26_u32);
                        match Move(_67.1) { false => bb26, _ => bb25_panic }
                    };
                    { // bb26
                        _15 = Move(_67.0);
                        StorageDead(_16);
                        _68 = Checked(_15 + 27_u32);
                        match Move(_68.1) { false => bb27, _ => bb26_panic }
                    };
                    { // bb27
                        _14 = Move(_68.0);
                        StorageDead(_15);
                        _69 = Checked(_14 + 28_u32);
                        match Move(_69.1) { false => bb28, _ => bb27_panic }
                    };
                    { // bb28
                        _13 = Move(_69.0);
                        StorageDead(_14);
                        _70 = Checked(_13 + 29_u32);
                        match Move(_70.1) { false => bb29, _ => bb28_panic }
                    };
                    { // bb29
                        _12 = Move(_70.0);
                        StorageDead(_13);
                        _71 = Checked(_12 + 30_u32);
                        match Move(_71.1) { false => bb30, _ => bb29_panic }
                    };
                    { // bb30
                        _11 = Move(_71.0);
                        StorageDead(_12);
                        _72 = Checked(_11 + 31_u32);
                        match Move(_72.1) { false => bb31, _ => bb30_panic }
                    };
                    { // bb31
                        _10 = Move(_72.0);
                        StorageDead(_11);
                        _73 = Checked(_10 + 32_u32);
                        match Move(_73.1) { false => bb32, _ => bb31_panic }
                    };
                    { // bb32
                        _9 = Move(_73.0);
                        StorageDead(_10);
                        _74 = Checked(_9 + 33_u32);
                        match Move(_74.1) { false => bb33, _ => bb32_panic }
                    };
                    { // bb33
                        _8 = Move(_74.0);
                        StorageDead(_9);
                        _75 = Checked(_8 + 34_u32);
                        match Move(_75.1) { false => bb34, _ => bb33_panic }
                    };
                    { // bb34
                        _7 = Move(_75.0);
                        StorageDead(_8);
                        _76 = Checked(_7 + 35_u32);
                        match Move(_76.1) { false => bb35, _ => bb34_panic }
                    };
                    { // bb35
                        _6 = Move(_76.0);
                        StorageDead(_7);
                        _77 = Checked(_6 + 36_u32);
                        match Move(_77.1) { false => bb36, _ => bb35_panic }
                    };
                    { // bb36
                        _5 = Move(_77.0);
                        StorageDead(_6);
                        _78 = Checked(_5 + 37_u32);
                        match Move(_78.1) { false => bb37, _ => bb36_panic }
                    };
                    { // bb37
                        _4 = Move(_78.0);
                        StorageDead(_5);
                        _79 = Checked(_4 + 38_u32);
                        match Move(_79.1) { false => bb38, _ => bb37_panic }
                    };
                    { // bb38
                        _3 = Move(_79.0);
                        StorageDead(_4);
                        _80 = Checked(_3 + 39_u32);
                        match Move(_80.1) { false => bb39, _ => bb38_panic }
                    };
                    { // bb39
                        _2 = Move(_80.0);
                        StorageDead(_3);
                        _81 = Checked(_2 + 40_u32);
                        match Move(_81.1) { false => bb40, _ => bb39_panic }
                    };
                    { // bb40
                        RET = Move(_81.0);
                        StorageDead(_2);
                        Return()
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue(); core::panicking::panic_const::panic_const_add_overflow, UnwindContinue());
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn user(_1: u32, _2: i32) -> Coro_user {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_user;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_user::V0;
                        RET.u.u0.f = _1;
                        RET.u.u1.f = _2;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_user(_1: &mut Coro_user, _2: &mut Context<'_>) -> Poll<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Cleanup;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Cleanup;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Cleanup;
        let bb45 = BasicBlock::Cleanup;
        let bb46 = BasicBlock::Cleanup;
        let bb47 = BasicBlock::Normal;
        let bb48 = BasicBlock::Cleanup;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb51 = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb21_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb50_panic = BasicBlock::Normal;
        let bb51_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: i32;
            let _5: P;
            let _6: u32;
            let _7: u32;
            let _8: &P;
            let _9: &P;
            let _10: ();
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: YieldNow;
            let _14: ();
            let _15: ();
            let _16: Poll<()>;
            let _17: Pin<&mut YieldNow>;
            let _18: &mut YieldNow;
            let _19: &mut YieldNow;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: ();
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: u32;
            let _29: i32;
            let _30: i32;
            let _31: u32;
            let _32: u32;
            let _33: u32;
            let _34: u32;
            let _35: u32;
            let _36: u32;
            let _37: (u32, bool);
            let _38: u32;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: u32;
            let _43: (u32, bool);
            let _44: u32;
            let _45: u32;
            let _46: (u32, bool);
            let _47: u32;
            let _48: u32;
            let _49: (u32, bool);
            let _50: u32;
            let _51: u32;
            let _52: &mut Coro_user;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_user_s2>;
            let _e2: *mut V_user_s2;
            let _e3: *mut ManuallyDrop<V_user_s2>;
            let _e4: *mut V_user_s2;
            let _e5: *mut ManuallyDrop<V_user_s4>;
            let _e6: *mut V_user_s4;
            let _e7: *mut ManuallyDrop<V_user_s4>;
            let _e8: *mut V_user_s4;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _52 = _1;
                        _e0 = Discriminant((*_52).u.tag.f);
                        _51 = _e0 as u32;
                        match Move(_51) { 0 => bb1, 1 => bb51, 2 => bb50, 3 => bb49, _ => bb9 }
                    };
                    { // bb1
                        (*_52).u.s0.f = (*_52).u.u0.f;
                        (*_52).u.s1.f = (*_52).u.u1.f;
                        StorageLive(_6);
                        _6 = (*_52).u.s0.f;
                        _e1 = &raw mut (*_52).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = P { a: Move(_6) };
                        StorageDead(_6);
                        StorageLive(_8);
                        StorageLive(_9);
                        _e3 = &raw mut (*_52).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _9 = &(*_e4).f;
                        _8 = &(*_9);
                        Call((*_52).u.s3.f = plus_one(Move(_8)), ReturnTo(bb2), UnwindCleanup(bb44))
                    };
                    { // bb2
                        StorageDead(_8);
                        StorageDead(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        Call(_12 = yield_now(), ReturnTo(bb3), UnwindCleanup(bb42))
                    };
                    { // bb3
                        Call(_11 = <YieldNow as IntoFuture>::into_future(Move(_12)), ReturnTo(bb4), UnwindCleanup(bb42))
                    };
                    { // bb4
                        StorageDead(_12);
                        _e5 = &raw mut (*_52).u.s4;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_11);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        _e7 = &raw mut (*_52).u.s4;
                        _e8 = CastPtrToPtr(_e7);
                        _19 = &mut (*_e8).f;
                        _18 = &mut (*_19);
                        Call(_17 = Pin::<&mut YieldNow>::new_unchecked(Move(_18)), ReturnTo(bb6), UnwindCleanup(bb40))
                    };
                    { // bb6
                        StorageDead(_18);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = _2;
                        _21 = Move(_22);
                        Goto(bb7)
                    };
                    { // bb7
                        _20 = &mut (*_21);
                        StorageDead(_22);
                        Call(_16 = <YieldNow as Future>::poll(Move(_17), Move(_20)), ReturnTo(bb8), UnwindCleanup(bb39))
                    };
                    { // bb8
                        StorageDead(_20);
                        StorageDead(_17);
                        _23 = Discriminant(_16);
                        match Move(_23) { 0 => bb11, 1 => bb10, _ => bb9 }
                    };
                    { // bb9
                        Unreachable()
                    };
                    { // bb10
                        _15 = ();
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_10);
                        StorageDead(_11);
                        StorageDead(_26);
                        StorageDead(_27);
                        (*_52).u.tag.f = Tag_user::V3;
                        Return()
                    };
                    { // bb11
                        StorageLive(_24);
                        _24 = place!(Field::<()>(Variant(_16, 0), 0));
                        _10 = _24;
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        _30 = (*_52).u.s1.f;
                        Call(_29 = halve(Move(_30), 3_i32), ReturnTo(bb13), UnwindCleanup(bb37))
                    };
                    { // bb12
                        StorageDead(_27);
                        _2 = Move(_26);
                        StorageDead(_26);
                        _14 = ();
                        Goto(bb5)
                    };
                    { // bb13
                        StorageDead(_30);
                        _28 = Move(_29) as u32;
                        StorageDead(_29);
                        StorageLive(_31);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = (*_52).u.s3.f;
                        StorageLive(_36);
                        _36 = _28;
                        _37 = Checked(_35 + _36);
                        match Move(_37.1) { false => bb14, _ => bb13_panic }
                    };
                    { // bb14
                        _34 = Move(_37.0);
                        StorageDead(_36);
                        StorageDead(_35);
                        StorageLive(_38);
                        StorageLive(_39);
                        _39 = (*_52).u.s0.f;
                        Call(_38 = plain(Move(_39)), ReturnTo(bb15), UnwindCleanup(bb30))
                    };
                    { // bb15
                        StorageDead(_39);
                        _40 = Checked(_34 + _38);
                        match Move(_40.1) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _33 = Move(_40.0);
                        StorageDead(_38);
                        StorageDead(_34);
                        StorageLive(_41);
                        StorageLive(_42);
                        _42 = (*_52).u.s0.f;
                        Call(_41 = calls(Move(_42)), ReturnTo(bb17), UnwindCleanup(bb28))
                    };
                    { // bb17
                        StorageDead(_42);
                        _43 = Checked(_33 + _41);
                        match Move(_43.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        _32 = Move(_43.0);
                        StorageDead(_41);
                        StorageDead(_33);
                        StorageLive(_44);
                        StorageLive(_45);
                        _45 = (*_52).u.s0.f;
                        Call(_44 = holds(Move(_45)), ReturnTo(bb19), UnwindCleanup(bb26))
                    };
                    { // bb19
                        StorageDead(_45);
                        _46 = Checked(_32 + _44);
                        match Move(_46.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        _31 = Move(_46.0);
                        StorageDead(_44);
                        StorageDead(_32);
                        StorageLive(_47);
                        StorageLive(_48);
                        _48 = (*_52).u.s0.f;
                        Call(_47 = long(Move(_48)), ReturnTo(bb21), UnwindCleanup(bb24))
                    };
                    { // bb21
                        StorageDead(_48);
                        _49 = Checked(_31 + _47);
                        match Move(_49.1) { false => bb22, _ => bb21_panic }
                    };
                    { // bb22
                        _50 = Move(_49.0);
                        StorageDead(_47);
                        StorageDead(_31);
                        StorageDead(_28);
                        Goto(bb47)
                    };
                    { // bb23
                        RET = Poll::<u32>::Ready(Move(_50));
                        (*_52).u.tag.f = Tag_user::V1;
                        Return()
                    };
                    { // bb24
                        StorageDead(_48);
                        Goto(bb25)
                    };
                    { // bb25
                        StorageDead(_47);
                        Goto(bb36)
                    };
                    { // bb26
                        StorageDead(_45);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_44);
                        Goto(bb35)
                    };
                    { // bb28
                        StorageDead(_42);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_41);
                        Goto(bb34)
                    };
                    { // bb30
                        StorageDead(_39);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_38);
                        Goto(bb33)
                    };
                    { // bb32
                        StorageDead(_36);
                        StorageDead(_35);
                        Goto(bb33)
                    };
                    { // bb33
                        StorageDead(_34);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_33);
                        Goto(bb35)
                    };
                    { // bb35
                        StorageDead(_32);
                        Goto(bb36)
                    };
                    { // bb36
                        StorageDead(_31);
                        Goto(bb38)
                    };
                    { // bb37
                        StorageDead(_30);
                        StorageDead(_29);
                        Goto(bb38)
                    };
                    { // bb38
                        StorageDead(_28);
                        Goto(bb45)
                    };
                    { // bb39
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_21);
                        Goto(bb41)
                    };
                    { // bb40
                        StorageDead(_18);
                        StorageDead(_17);
                        Goto(bb41)
                    };
                    { // bb41
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        Goto(bb43)
                    };
                    { // bb42
                        StorageDead(_12);
                        Goto(bb43)
                    };
                    { // bb43
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb45)
                    };
                    { // bb44
                        StorageDead(_8);
                        StorageDead(_9);
                        Goto(bb45)
                    };
                    { // bb45
                        Goto(bb46)
                    };
                    { // bb46
                        Goto(bb48)
                    };
                    { // bb47
                        Goto(bb23)
                    };
                    { // bb48
                        (*_52).u.tag.f = Tag_user::V2;
                        UnwindResume()
                    };
                    { // bb49
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_26);
                        StorageLive(_27);
                        _26 = Move(_2);
                        Goto(bb12)
                    };
                    { // bb50
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb50_panic, _ => bb50 }
                    };
                    { // bb51
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb51_panic, _ => bb51 }
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb32); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb31); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb29); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb27); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb25));
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_user(_1: *mut Coro_user) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: i32;
            let _5: P;
            let _6: u32;
            let _7: u32;
            let _8: &P;
            let _9: &P;
            let _10: ();
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: YieldNow;
            let _14: ();
            let _15: ();
            let _16: Poll<()>;
            let _17: Pin<&mut YieldNow>;
            let _18: &mut YieldNow;
            let _19: &mut YieldNow;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: ();
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: u32;
            let _29: i32;
            let _30: i32;
            let _31: u32;
            let _32: u32;
            let _33: u32;
            let _34: u32;
            let _35: u32;
            let _36: u32;
            let _37: (u32, bool);
            let _38: u32;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: u32;
            let _43: (u32, bool);
            let _44: u32;
            let _45: u32;
            let _46: (u32, bool);
            let _47: u32;
            let _48: u32;
            let _49: (u32, bool);
            let _50: u32;
            let _51: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _51 = _e0 as u32;
                        match Move(_51) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_27);
                        StorageDead(_26);
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb5)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb6)
                    };
                    { // bb5
                        Goto(bb2)
                    };
                    { // bb6
                        Goto(bb3)
                    };
                    { // bb7
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_26);
                        StorageLive(_27);
                        Goto(bb1)
                    };
                    { // bb8
                        Return()
                    };
                    RET
                }
            }
        }
    }
}


// ---- roots (coroslim emit --harness) ----
#[inline(never)]
fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> {
    f.poll(cx)
}
#[inline(never)]
unsafe fn free_task<F>(f: *mut F) {
    unsafe { core::ptr::drop_in_place(f) }
}
pub fn root_user(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(user(core::hint::black_box(0), core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
