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

#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
const _: () = assert!(core::mem::size_of::<P>() == 8 && core::mem::align_of::<P>() == 4
    && core::mem::offset_of!(P, a) == 0
    && core::mem::offset_of!(P, b) == 4);
struct Holder { p: P, g: Guard }
const _: () = assert!(core::mem::size_of::<Holder>() == 12 && core::mem::align_of::<Holder>() == 4
    && core::mem::offset_of!(Holder, p) == 4
    && core::mem::offset_of!(Holder, g) == 0);
#[derive(Clone, Copy)]
enum E { A, B(u32), C { p: P } }
const _: () = assert!(core::mem::size_of::<E>() == 8 && core::mem::align_of::<E>() == 4
    && core::mem::offset_of!(E, B.0) == 0
    && core::mem::offset_of!(E, C.p) == 0);
const _: () = assert!(core::mem::size_of::<Option<P>>() == 8 && core::mem::align_of::<Option<P>>() == 4
    && core::mem::offset_of!(Option<P>, Some.0) == 0);
// held: async fn at 18:1; size 44, align 4, tag u8 at 41
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_held { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_held_tag { _p: [u8; 41], f: Tag_held }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_held_u0 { _p: [u8; 24], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_held_u0, f) == 24);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_held_s0 { _p: [u8; 0], f: P }
const _: () = assert!(core::mem::offset_of!(V_held_s0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_held_s1 { _p: [u8; 8], f: E }
const _: () = assert!(core::mem::offset_of!(V_held_s1, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_held_s2 { _p: [u8; 16], f: Option<P> }
const _: () = assert!(core::mem::offset_of!(V_held_s2, f) == 16);
#[repr(C)]
struct V_held_s3 { _p: [u8; 28], f: Holder }
const _: () = assert!(core::mem::offset_of!(V_held_s3, f) == 28);
#[repr(C)]
struct V_held_s4 { _p: [u8; 40], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_held_s4, f) == 40);
#[repr(C)]
union U_held {
    tag: V_held_tag,
    u0: V_held_u0,
    s0: V_held_s0,
    s1: V_held_s1,
    s2: V_held_s2,
    s3: ManuallyDrop<V_held_s3>,
    s4: ManuallyDrop<V_held_s4>,
    size: [u8; 44],
}
#[repr(C, align(4))]
struct Coro_held { u: U_held, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_held>() == 44 && core::mem::align_of::<Coro_held>() == 4);
impl Future for Coro_held {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_held(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_held {
    #[inline(always)]
    fn drop(&mut self) {
        drop_held(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[linkage = "internal"]
fn pick(_1: E) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: isize;
            let _3: u32;
            let _4: P;
            let _5: u32;
            let _6: (u32, bool);
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _2 = Discriminant(_1);
                        match Move(_2) { 0 => bb4, 1 => bb3, 2 => bb2, _ => bb1 }
                    };
                    { // bb1
                        Unreachable()
                    };
                    { // bb2
                        StorageLive(_4);
                        _4 = place!(Field::<P>(Variant(_1, 2), 0));
                        StorageLive(_5);
                        _5 = _4.a;
                        _6 = Checked(_5 + 10_u32);
                        match Move(_6.1) { false => bb5, _ => bb2_panic }
                    };
                    { // bb3
                        StorageLive(_3);
                        _3 = place!(Field::<u32>(Variant(_1, 1), 0));
                        RET = _3;
                        StorageDead(_3);
                        Goto(bb6)
                    };
                    { // bb4
                        RET = 1_u32;
                        Goto(bb6)
                    };
                    { // bb5
                        RET = Move(_6.0);
                        StorageDead(_5);
                        StorageDead(_4);
                        Goto(bb6)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb2_panic
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
fn held(_1: u32) -> Coro_held {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_held;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_held::V0;
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
fn resume_held(_1: &mut Coro_held, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Normal;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Normal;
        let bb43 = BasicBlock::Normal;
        let bb44 = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb43_panic = BasicBlock::Normal;
        let bb44_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: P;
            let _5: u32;
            let _6: E;
            let _7: P;
            let _8: Option<P>;
            let _9: P;
            let _10: Holder;
            let _11: P;
            let _12: Guard;
            let _13: u32;
            let _14: ();
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: ();
            let _19: ();
            let _20: Poll<()>;
            let _21: Pin<&mut YieldNow>;
            let _22: &mut YieldNow;
            let _23: &mut YieldNow;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: isize;
            let _28: ();
            let _29: !;
            let _30: &mut Context<'_>;
            let _31: ();
            let _32: u32;
            let _33: isize;
            let _34: P;
            let _35: u32;
            let _36: u32;
            let _37: u32;
            let _38: E;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: (u32, bool);
            let _43: u32;
            let _44: (u32, bool);
            let _45: u32;
            let _46: u32;
            let _47: &mut Coro_held;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_held_s3>;
            let _e2: *mut V_held_s3;
            let _e3: *mut ManuallyDrop<V_held_s4>;
            let _e4: *mut V_held_s4;
            let _e5: *mut ManuallyDrop<V_held_s4>;
            let _e6: *mut V_held_s4;
            let _e7: *mut ManuallyDrop<V_held_s3>;
            let _e8: *mut V_held_s3;
            let _e9: *mut ManuallyDrop<V_held_s3>;
            let _e10: *mut V_held_s3;
            let _e11: *mut ManuallyDrop<V_held_s3>;
            let _e12: *mut V_held_s3;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _47 = _1;
                        _e0 = Discriminant((*_47).u.tag.f);
                        _46 = _e0 as u32;
                        match Move(_46) { 0 => bb1, 1 => bb44, 2 => bb43, 3 => bb42, _ => bb10 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_47).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        (*_47).u.s0.f = P { a: Move(_5), b: true };
                        StorageDead(_5);
                        StorageLive(_7);
                        _7 = (*_47).u.s0.f;
                        (*_47).u.s1.f = E::C { p: Move(_7) };
                        StorageDead(_7);
                        StorageLive(_9);
                        _9 = (*_47).u.s0.f;
                        (*_47).u.s2.f = Option::<P>::Some { 0: Move(_9) };
                        StorageDead(_9);
                        StorageLive(_11);
                        _11 = (*_47).u.s0.f;
                        StorageLive(_12);
                        StorageLive(_13);
                        _13 = _3;
                        Call(_12 = guard(Move(_13)), ReturnTo(bb2), UnwindCleanup(bb36))
                    };
                    { // bb2
                        StorageDead(_13);
                        _e1 = &raw mut (*_47).u.s3;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Holder { p: Move(_11), g: Move(_12) };
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_12);
                        StorageDead(_11);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        Call(_16 = yield_now(), ReturnTo(bb4), UnwindCleanup(bb33))
                    };
                    { // bb4
                        Call(_15 = <YieldNow as IntoFuture>::into_future(Move(_16)), ReturnTo(bb5), UnwindCleanup(bb33))
                    };
                    { // bb5
                        StorageDead(_16);
                        _e3 = &raw mut (*_47).u.s4;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_15);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        _e5 = &raw mut (*_47).u.s4;
                        _e6 = CastPtrToPtr(_e5);
                        _23 = &mut (*_e6).f;
                        _22 = &mut (*_23);
                        Call(_21 = Pin::<&mut YieldNow>::new_unchecked(Move(_22)), ReturnTo(bb7), UnwindCleanup(bb31))
                    };
                    { // bb7
                        StorageDead(_22);
                        StorageLive(_24);
                        StorageLive(_25);
                        StorageLive(_26);
                        _26 = _2;
                        _25 = Move(_26);
                        Goto(bb8)
                    };
                    { // bb8
                        _24 = &mut (*_25);
                        StorageDead(_26);
                        Call(_20 = <YieldNow as Future>::poll(Move(_21), Move(_24)), ReturnTo(bb9), UnwindCleanup(bb30))
                    };
                    { // bb9
                        StorageDead(_24);
                        StorageDead(_21);
                        _27 = Discriminant(_20);
                        match Move(_27) { 0 => bb12, 1 => bb11, _ => bb10 }
                    };
                    { // bb10
                        Unreachable()
                    };
                    { // bb11
                        _19 = ();
                        StorageDead(_25);
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageLive(_30);
                        StorageLive(_31);
                        _31 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_14);
                        StorageDead(_15);
                        StorageDead(_30);
                        StorageDead(_31);
                        (*_47).u.tag.f = Tag_held::V3;
                        Return()
                    };
                    { // bb12
                        StorageLive(_28);
                        _28 = place!(Field::<()>(Variant(_20, 0), 0));
                        _14 = _28;
                        StorageDead(_28);
                        StorageDead(_25);
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageDead(_15);
                        StorageDead(_14);
                        StorageLive(_32);
                        _33 = Discriminant((*_47).u.s2.f);
                        match Move(_33) { 0 => bb14, 1 => bb15, _ => bb10 }
                    };
                    { // bb13
                        StorageDead(_31);
                        _2 = Move(_30);
                        StorageDead(_30);
                        _18 = ();
                        Goto(bb6)
                    };
                    { // bb14
                        _32 = 0_u32;
                        Goto(bb16)
                    };
                    { // bb15
                        StorageLive(_34);
                        _34 = place!(Field::<P>(Variant((*_47).u.s2.f, 1), 0));
                        _32 = _34.a;
                        StorageDead(_34);
                        Goto(bb16)
                    };
                    { // bb16
                        StorageLive(_35);
                        StorageLive(_36);
                        StorageLive(_37);
                        StorageLive(_38);
                        _38 = (*_47).u.s1.f;
                        Call(_37 = pick(Move(_38)), ReturnTo(bb17), UnwindCleanup(bb26))
                    };
                    { // bb17
                        StorageDead(_38);
                        StorageLive(_39);
                        _39 = (*_47).u.s0.f.a;
                        _40 = Checked(_37 + _39);
                        match Move(_40.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        _36 = Move(_40.0);
                        StorageDead(_39);
                        StorageDead(_37);
                        StorageLive(_41);
                        _41 = _32;
                        _42 = Checked(_36 + _41);
                        match Move(_42.1) { false => bb19, _ => bb18_panic }
                    };
                    { // bb19
                        _35 = Move(_42.0);
                        StorageDead(_41);
                        StorageDead(_36);
                        StorageLive(_43);
                        _e7 = &raw mut (*_47).u.s3;
                        _e8 = CastPtrToPtr(_e7);
                        _43 = (*_e8).f.p.a;
                        _44 = Checked(_35 + _43);
                        match Move(_44.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        _45 = Move(_44.0);
                        StorageDead(_43);
                        StorageDead(_35);
                        StorageDead(_32);
                        _e9 = &raw mut (*_47).u.s3;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb21), UnwindCleanup(bb38))
                    };
                    { // bb21
                        StorageDead(_3);
                        Goto(bb40)
                    };
                    { // bb22
                        RET = Poll::<u32>::Ready(Move(_45));
                        (*_47).u.tag.f = Tag_held::V1;
                        Return()
                    };
                    { // bb23
                        StorageDead(_43);
                        Goto(bb29)
                    };
                    { // bb24
                        StorageDead(_41);
                        Goto(bb28)
                    };
                    { // bb25
                        StorageDead(_39);
                        Goto(bb27)
                    };
                    { // bb26
                        StorageDead(_38);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_37);
                        Goto(bb28)
                    };
                    { // bb28
                        StorageDead(_36);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_35);
                        StorageDead(_32);
                        Goto(bb35)
                    };
                    { // bb30
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_25);
                        Goto(bb32)
                    };
                    { // bb31
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_16);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_15);
                        StorageDead(_14);
                        Goto(bb35)
                    };
                    { // bb35
                        _e11 = &raw mut (*_47).u.s3;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb38), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb36
                        StorageDead(_13);
                        Goto(bb37)
                    };
                    { // bb37
                        StorageDead(_12);
                        StorageDead(_11);
                        Goto(bb38)
                    };
                    { // bb38
                        StorageDead(_3);
                        Goto(bb39)
                    };
                    { // bb39
                        Goto(bb41)
                    };
                    { // bb40
                        Goto(bb22)
                    };
                    { // bb41
                        (*_47).u.tag.f = Tag_held::V2;
                        UnwindResume()
                    };
                    { // bb42
                        StorageLive(_3);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_30);
                        StorageLive(_31);
                        _30 = Move(_2);
                        Goto(bb13)
                    };
                    { // bb43
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb43_panic, _ => bb43 }
                    };
                    { // bb44
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb44_panic, _ => bb44 }
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb25); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb24); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb23));
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
fn _E_as_Clone___clone(_1: &E) -> E {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: E;
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
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_held(_1: *mut Coro_held) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Cleanup;
        let bb5 = BasicBlock::Cleanup;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: P;
            let _5: u32;
            let _6: E;
            let _7: P;
            let _8: Option<P>;
            let _9: P;
            let _10: Holder;
            let _11: P;
            let _12: Guard;
            let _13: u32;
            let _14: ();
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: ();
            let _19: ();
            let _20: Poll<()>;
            let _21: Pin<&mut YieldNow>;
            let _22: &mut YieldNow;
            let _23: &mut YieldNow;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: isize;
            let _28: ();
            let _29: !;
            let _30: &mut Context<'_>;
            let _31: ();
            let _32: u32;
            let _33: isize;
            let _34: P;
            let _35: u32;
            let _36: u32;
            let _37: u32;
            let _38: E;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: (u32, bool);
            let _43: u32;
            let _44: (u32, bool);
            let _45: u32;
            let _46: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_held_s3>;
            let _e2: *mut V_held_s3;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _46 = _e0 as u32;
                        match Move(_46) { 0 => bb7, 3 => bb10, _ => bb11 }
                    };
                    { // bb1
                        StorageDead(_31);
                        StorageDead(_30);
                        StorageDead(_15);
                        StorageDead(_14);
                        _e1 = &raw mut (*_1).u.s3;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb5))
                    };
                    { // bb2
                        StorageDead(_3);
                        Goto(bb8)
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        UnwindResume()
                    };
                    { // bb5
                        StorageDead(_3);
                        Goto(bb4)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        Goto(bb9)
                    };
                    { // bb8
                        Goto(bb3)
                    };
                    { // bb9
                        Goto(bb6)
                    };
                    { // bb10
                        StorageLive(_3);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_30);
                        StorageLive(_31);
                        Goto(bb1)
                    };
                    { // bb11
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
pub fn root_held(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(held(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root__P_as_Clone___clone(cx: &mut Context<'_>) {
    let _ = cx;
    let mut a1 = core::hint::black_box(P { a: 0, b: false });
    core::hint::black_box(<P as Clone>::clone(core::hint::black_box(&a1)));
}
pub fn root__E_as_Clone___clone(cx: &mut Context<'_>) {
    let _ = cx;
    let mut a1 = core::hint::black_box(E::A {});
    core::hint::black_box(<E as Clone>::clone(core::hint::black_box(&a1)));
}
