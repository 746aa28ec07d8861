#![no_std]
#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize, offset_of_enum)]
#![allow(internal_features, warnings)]
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

#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
const _: () = assert!(core::mem::size_of::<P>() == 8 && core::mem::align_of::<P>() == 4
    && core::mem::offset_of!(P, a) == 0
    && core::mem::offset_of!(P, b) == 4);
#[derive(Clone)]
struct Q { a: u32, p: P, c: char }
const _: () = assert!(core::mem::size_of::<Q>() == 16 && core::mem::align_of::<Q>() == 4
    && core::mem::offset_of!(Q, a) == 12
    && core::mem::offset_of!(Q, p) == 4
    && core::mem::offset_of!(Q, c) == 0);
// cloned: async fn at 11:1; size 40, align 4, tag u8 at 37
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_cloned { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_cloned_tag { _p: [u8; 37], f: Tag_cloned }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_cloned_u0 { _p: [u8; 32], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_cloned_u0, f) == 32);
#[repr(C)]
struct V_cloned_s0 { _p: [u8; 0], f: Q }
const _: () = assert!(core::mem::offset_of!(V_cloned_s0, f) == 0);
#[repr(C)]
struct V_cloned_s1 { _p: [u8; 16], f: Q }
const _: () = assert!(core::mem::offset_of!(V_cloned_s1, f) == 16);
#[repr(C)]
struct V_cloned_s2 { _p: [u8; 36], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_cloned_s2, f) == 36);
#[repr(C)]
union U_cloned {
    tag: V_cloned_tag,
    u0: V_cloned_u0,
    s0: ManuallyDrop<V_cloned_s0>,
    s1: ManuallyDrop<V_cloned_s1>,
    s2: ManuallyDrop<V_cloned_s2>,
    size: [u8; 40],
}
#[repr(C, align(4))]
struct Coro_cloned { u: U_cloned, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_cloned>() == 40 && core::mem::align_of::<Coro_cloned>() == 4);
impl Future for Coro_cloned {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_cloned(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_cloned {
    #[inline(always)]
    fn drop(&mut self) {
        drop_cloned(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn cloned(_1: u32) -> Coro_cloned {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_cloned;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_cloned::V0;
                        RET.u.u0.f = _1;
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
fn resume_cloned(_1: &mut Coro_cloned, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Cleanup;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Normal;
        let bb36 = BasicBlock::Normal;
        let bb37 = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb14_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb36_panic = BasicBlock::Normal;
        let bb37_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Q;
            let _5: u32;
            let _6: P;
            let _7: Q;
            let _8: &Q;
            let _9: ();
            let _10: YieldNow;
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: ();
            let _14: ();
            let _15: Poll<()>;
            let _16: Pin<&mut YieldNow>;
            let _17: &mut YieldNow;
            let _18: &mut YieldNow;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: isize;
            let _23: ();
            let _24: !;
            let _25: &mut Context<'_>;
            let _26: ();
            let _27: P;
            let _28: &P;
            let _29: u32;
            let _30: u32;
            let _31: u32;
            let _32: u32;
            let _33: (u32, bool);
            let _34: u32;
            let _35: (u32, bool);
            let _36: u32;
            let _37: char;
            let _38: (u32, bool);
            let _39: u32;
            let _40: u32;
            let _41: &mut Coro_cloned;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_cloned_s0>;
            let _e2: *mut V_cloned_s0;
            let _e3: *mut ManuallyDrop<V_cloned_s0>;
            let _e4: *mut V_cloned_s0;
            let _e5: *mut ManuallyDrop<V_cloned_s1>;
            let _e6: *mut V_cloned_s1;
            let _e7: *mut ManuallyDrop<V_cloned_s2>;
            let _e8: *mut V_cloned_s2;
            let _e9: *mut ManuallyDrop<V_cloned_s2>;
            let _e10: *mut V_cloned_s2;
            let _e11: *mut ManuallyDrop<V_cloned_s0>;
            let _e12: *mut V_cloned_s0;
            let _e13: *mut ManuallyDrop<V_cloned_s1>;
            let _e14: *mut V_cloned_s1;
            let _e15: *mut ManuallyDrop<V_cloned_s0>;
            let _e16: *mut V_cloned_s0;
            let _e17: *mut ManuallyDrop<V_cloned_s1>;
            let _e18: *mut V_cloned_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _41 = _1;
                        _e0 = Discriminant((*_41).u.tag.f);
                        _40 = _e0 as u32;
                        match Move(_40) { 0 => bb1, 1 => bb37, 2 => bb36, 3 => bb35, _ => bb9 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_41).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        StorageLive(_6);
                        _6 = P { a: 2_u32, b: true };
                        _e1 = &raw mut (*_41).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Q { a: Move(_5), p: Move(_6), c: '\u{6b}' };
                        StorageDead(_6);
                        StorageDead(_5);
                        StorageLive(_8);
                        _e3 = &raw mut (*_41).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        _8 = &(*_e4).f;
                        _e5 = &raw mut (*_41).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        Call((*_e6).f = _Q_as_Clone___clone(Move(_8)), ReturnTo(bb2), UnwindCleanup(bb30))
                    };
                    { // bb2
                        StorageDead(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        Call(_11 = yield_now(), ReturnTo(bb3), UnwindCleanup(bb28))
                    };
                    { // bb3
                        Call(_10 = <YieldNow as IntoFuture>::into_future(Move(_11)), ReturnTo(bb4), UnwindCleanup(bb28))
                    };
                    { // bb4
                        StorageDead(_11);
                        _e7 = &raw mut (*_41).u.s2;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f = Move(_10);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        _e9 = &raw mut (*_41).u.s2;
                        _e10 = CastPtrToPtr(_e9);
                        _18 = &mut (*_e10).f;
                        _17 = &mut (*_18);
                        Call(_16 = Pin::<&mut YieldNow>::new_unchecked(Move(_17)), ReturnTo(bb6), UnwindCleanup(bb26))
                    };
                    { // bb6
                        StorageDead(_17);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        _21 = _2;
                        _20 = Move(_21);
                        Goto(bb7)
                    };
                    { // bb7
                        _19 = &mut (*_20);
                        StorageDead(_21);
                        Call(_15 = <YieldNow as Future>::poll(Move(_16), Move(_19)), ReturnTo(bb8), UnwindCleanup(bb25))
                    };
                    { // bb8
                        StorageDead(_19);
                        StorageDead(_16);
                        _22 = Discriminant(_15);
                        match Move(_22) { 0 => bb11, 1 => bb10, _ => bb9 }
                    };
                    { // bb9
                        Unreachable()
                    };
                    { // bb10
                        _14 = ();
                        StorageDead(_20);
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        StorageLive(_25);
                        StorageLive(_26);
                        _26 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_9);
                        StorageDead(_10);
                        StorageDead(_25);
                        StorageDead(_26);
                        (*_41).u.tag.f = Tag_cloned::V3;
                        Return()
                    };
                    { // bb11
                        StorageLive(_23);
                        _23 = place!(Field::<()>(Variant(_15, 0), 0));
                        _9 = _23;
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageLive(_27);
                        StorageLive(_28);
                        _e11 = &raw mut (*_41).u.s0;
                        _e12 = CastPtrToPtr(_e11);
                        _28 = &(*_e12).f.p;
                        Call(_27 = _P_as_Clone___clone(Move(_28)), ReturnTo(bb13), UnwindCleanup(bb23))
                    };
                    { // bb12
                        StorageDead(_26);
                        _2 = Move(_25);
                        StorageDead(_25);
                        _13 = ();
                        Goto(bb5)
                    };
                    { // bb13
                        StorageDead(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        StorageLive(_31);
                        _e13 = &raw mut (*_41).u.s1;
                        _e14 = CastPtrToPtr(_e13);
                        _31 = (*_e14).f.a;
                        StorageLive(_32);
                        _32 = _27.a;
                        _33 = Checked(_31 + _32);
                        match Move(_33.1) { false => bb14, _ => bb13_panic }
                    };
                    { // bb14
                        _30 = Move(_33.0);
                        StorageDead(_32);
                        StorageDead(_31);
                        StorageLive(_34);
                        _e15 = &raw mut (*_41).u.s0;
                        _e16 = CastPtrToPtr(_e15);
                        _34 = (*_e16).f.a;
                        _35 = Checked(_30 + _34);
                        match Move(_35.1) { false => bb15, _ => bb14_panic }
                    };
                    { // bb15
                        _29 = Move(_35.0);
                        StorageDead(_34);
                        StorageDead(_30);
                        StorageLive(_36);
                        StorageLive(_37);
                        _e17 = &raw mut (*_41).u.s1;
                        _e18 = CastPtrToPtr(_e17);
                        _37 = (*_e18).f.c;
                        _36 = Move(_37) as u32;
                        StorageDead(_37);
                        _38 = Checked(_29 + _36);
                        match Move(_38.1) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _39 = Move(_38.0);
                        StorageDead(_36);
                        StorageDead(_29);
                        StorageDead(_27);
                        StorageDead(_3);
                        Goto(bb33)
                    };
                    { // bb17
                        RET = Poll::<u32>::Ready(Move(_39));
                        (*_41).u.tag.f = Tag_cloned::V1;
                        Return()
                    };
                    { // bb18
                        StorageDead(_36);
                        Goto(bb22)
                    };
                    { // bb19
                        StorageDead(_34);
                        Goto(bb21)
                    };
                    { // bb20
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb21)
                    };
                    { // bb21
                        StorageDead(_30);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_29);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_28);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_27);
                        Goto(bb31)
                    };
                    { // bb25
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_20);
                        Goto(bb27)
                    };
                    { // bb26
                        StorageDead(_17);
                        StorageDead(_16);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        Goto(bb29)
                    };
                    { // bb28
                        StorageDead(_11);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_10);
                        StorageDead(_9);
                        Goto(bb31)
                    };
                    { // bb30
                        StorageDead(_8);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_3);
                        Goto(bb32)
                    };
                    { // bb32
                        Goto(bb34)
                    };
                    { // bb33
                        Goto(bb17)
                    };
                    { // bb34
                        (*_41).u.tag.f = Tag_cloned::V2;
                        UnwindResume()
                    };
                    { // bb35
                        StorageLive(_3);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_25);
                        StorageLive(_26);
                        _25 = Move(_2);
                        Goto(bb12)
                    };
                    { // bb36
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb36_panic, _ => bb36 }
                    };
                    { // bb37
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb37_panic, _ => bb37 }
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb20); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb19); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb18));
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn _P_as_Clone___clone(_1: &P) -> P {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: P;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET = (*_1);
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn _Q_as_Clone___clone(_1: &Q) -> Q {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        {
            let RET: Q;
            let _2: u32;
            let _3: &u32;
            let _4: &u32;
            let _5: P;
            let _6: &P;
            let _7: &P;
            let _8: char;
            let _9: &char;
            let _10: &char;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        StorageLive(_4);
                        _4 = &(*_1).a;
                        _3 = &(*_4);
                        Call(_2 = <u32 as Clone>::clone(Move(_3)), ReturnTo(bb1), UnwindContinue())
                    };
                    { // bb1
                        StorageDead(_3);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = &(*_1).p;
                        _6 = &(*_7);
                        Call(_5 = _P_as_Clone___clone(Move(_6)), ReturnTo(bb2), UnwindContinue())
                    };
                    { // bb2
                        StorageDead(_6);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        _10 = &(*_1).c;
                        _9 = &(*_10);
                        Call(_8 = <char as Clone>::clone(Move(_9)), ReturnTo(bb3), UnwindContinue())
                    };
                    { // bb3
                        StorageDead(_9);
                        RET = Q { a: Move(_2), p: Move(_5), c: Move(_8) };
                        StorageDead(_10);
                        StorageDead(_8);
                        StorageDead(_7);
                        StorageDead(_5);
                        StorageDead(_4);
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
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_cloned(_1: *mut Coro_cloned) -> () {
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
            let _4: Q;
            let _5: u32;
            let _6: P;
            let _7: Q;
            let _8: &Q;
            let _9: ();
            let _10: YieldNow;
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: ();
            let _14: ();
            let _15: Poll<()>;
            let _16: Pin<&mut YieldNow>;
            let _17: &mut YieldNow;
            let _18: &mut YieldNow;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: isize;
            let _23: ();
            let _24: !;
            let _25: &mut Context<'_>;
            let _26: ();
            let _27: P;
            let _28: &P;
            let _29: u32;
            let _30: u32;
            let _31: u32;
            let _32: u32;
            let _33: (u32, bool);
            let _34: u32;
            let _35: (u32, bool);
            let _36: u32;
            let _37: char;
            let _38: (u32, bool);
            let _39: u32;
            let _40: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _40 = _e0 as u32;
                        match Move(_40) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_26);
                        StorageDead(_25);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageDead(_3);
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
                        StorageLive(_3);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_25);
                        StorageLive(_26);
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
pub fn root_cloned(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(cloned(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
