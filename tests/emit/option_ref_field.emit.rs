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

const _: () = assert!(core::mem::size_of::<Option<&u32>>() == 8 && core::mem::align_of::<Option<&u32>>() == 8
    && core::mem::offset_of!(Option<&u32>, Some.0) == 0);
// opt_ref: async fn at 2:1; size 24, align 8, tag u8 at 17
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_opt_ref { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_ref_tag { _p: [u8; 17], f: Tag_opt_ref }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_ref_u0 { _p: [u8; 8], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_opt_ref_u0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_ref_s0 { _p: [u8; 12], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_opt_ref_s0, f) == 12);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_ref_s1 { _p: [u8; 0], f: Option<&'static u32> }
const _: () = assert!(core::mem::offset_of!(V_opt_ref_s1, f) == 0);
#[repr(C)]
struct V_opt_ref_s2 { _p: [u8; 16], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_opt_ref_s2, f) == 16);
#[repr(C)]
union U_opt_ref {
    tag: V_opt_ref_tag,
    u0: V_opt_ref_u0,
    s0: V_opt_ref_s0,
    s1: V_opt_ref_s1,
    s2: ManuallyDrop<V_opt_ref_s2>,
    size: [u8; 24],
}
#[repr(C, align(8))]
struct Coro_opt_ref { u: U_opt_ref, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_opt_ref>() == 24 && core::mem::align_of::<Coro_opt_ref>() == 8);
impl Future for Coro_opt_ref {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_opt_ref(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_opt_ref {
    #[inline(always)]
    fn drop(&mut self) {
        drop_opt_ref(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn opt_ref(_1: u32) -> Coro_opt_ref {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_opt_ref;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_opt_ref::V0;
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
fn resume_opt_ref(_1: &mut Coro_opt_ref, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Normal;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Normal;
        let bb31 = BasicBlock::Normal;
        let bb32 = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        let bb32_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: u32;
            let _5: u32;
            let _6: (u32, bool);
            let _7: Option<&u32>;
            let _8: bool;
            let _9: u32;
            let _10: &u32;
            let _11: &u32;
            let _12: ();
            let _13: YieldNow;
            let _14: YieldNow;
            let _15: YieldNow;
            let _16: ();
            let _17: ();
            let _18: Poll<()>;
            let _19: Pin<&mut YieldNow>;
            let _20: &mut YieldNow;
            let _21: &mut YieldNow;
            let _22: &mut Context<'_>;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: isize;
            let _26: ();
            let _27: !;
            let _28: &mut Context<'_>;
            let _29: ();
            let _30: isize;
            let _31: &u32;
            let _32: u32;
            let _33: u32;
            let _34: &mut Coro_opt_ref;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_opt_ref_s2>;
            let _e2: *mut V_opt_ref_s2;
            let _e3: *mut ManuallyDrop<V_opt_ref_s2>;
            let _e4: *mut V_opt_ref_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _34 = _1;
                        _e0 = Discriminant((*_34).u.tag.f);
                        _33 = _e0 as u32;
                        match Move(_33) { 0 => bb1, 1 => bb32, 2 => bb31, 3 => bb30, _ => bb12 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_34).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        _6 = Checked(_5 + 1_u32);
                        match Move(_6.1) { false => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        (*_34).u.s0.f = Move(_6.0);
                        StorageDead(_5);
                        StorageLive(_8);
                        StorageLive(_9);
                        _9 = _3;
                        _8 = Move(_9) == 0_u32;
                        match Move(_8) { false => bb4, _ => bb3 }
                    };
                    { // bb3
                        StorageDead(_9);
                        (*_34).u.s1.f = Option::<&u32>::None {};
                        Goto(bb5)
                    };
                    { // bb4
                        StorageDead(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        _11 = &(*_34).u.s0.f;
                        _10 = &(*_11);
                        (*_34).u.s1.f = Option::<&u32>::Some { 0: Move(_10) };
                        StorageDead(_10);
                        StorageDead(_11);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_8);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        Call(_14 = yield_now(), ReturnTo(bb6), UnwindCleanup(bb23))
                    };
                    { // bb6
                        Call(_13 = <YieldNow as IntoFuture>::into_future(Move(_14)), ReturnTo(bb7), UnwindCleanup(bb23))
                    };
                    { // bb7
                        StorageDead(_14);
                        _e1 = &raw mut (*_34).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_13);
                        Goto(bb8)
                    };
                    { // bb8
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        _e3 = &raw mut (*_34).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _21 = &mut (*_e4).f;
                        _20 = &mut (*_21);
                        Call(_19 = Pin::<&mut YieldNow>::new_unchecked(Move(_20)), ReturnTo(bb9), UnwindCleanup(bb21))
                    };
                    { // bb9
                        StorageDead(_20);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        _24 = _2;
                        _23 = Move(_24);
                        Goto(bb10)
                    };
                    { // bb10
                        _22 = &mut (*_23);
                        StorageDead(_24);
                        Call(_18 = <YieldNow as Future>::poll(Move(_19), Move(_22)), ReturnTo(bb11), UnwindCleanup(bb20))
                    };
                    { // bb11
                        StorageDead(_22);
                        StorageDead(_19);
                        _25 = Discriminant(_18);
                        match Move(_25) { 0 => bb14, 1 => bb13, _ => bb12 }
                    };
                    { // bb12
                        Unreachable()
                    };
                    { // bb13
                        _17 = ();
                        StorageDead(_23);
                        StorageDead(_21);
                        StorageDead(_18);
                        StorageDead(_17);
                        StorageLive(_28);
                        StorageLive(_29);
                        _29 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_12);
                        StorageDead(_13);
                        StorageDead(_28);
                        StorageDead(_29);
                        (*_34).u.tag.f = Tag_opt_ref::V3;
                        Return()
                    };
                    { // bb14
                        StorageLive(_26);
                        _26 = place!(Field::<()>(Variant(_18, 0), 0));
                        _12 = _26;
                        StorageDead(_26);
                        StorageDead(_23);
                        StorageDead(_21);
                        StorageDead(_18);
                        StorageDead(_17);
                        StorageDead(_13);
                        StorageDead(_12);
                        _30 = Discriminant((*_34).u.s1.f);
                        match Move(_30) { 0 => bb16, 1 => bb17, _ => bb12 }
                    };
                    { // bb15
                        StorageDead(_29);
                        _2 = Move(_28);
                        StorageDead(_28);
                        _16 = ();
                        Goto(bb8)
                    };
                    { // bb16
                        _32 = 9_u32;
                        Goto(bb18)
                    };
                    { // bb17
                        StorageLive(_31);
                        _31 = place!(Field::<&u32>(Variant((*_34).u.s1.f, 1), 0));
                        _32 = (*_31);
                        StorageDead(_31);
                        Goto(bb18)
                    };
                    { // bb18
                        StorageDead(_3);
                        Goto(bb28)
                    };
                    { // bb19
                        RET = Poll::<u32>::Ready(Move(_32));
                        (*_34).u.tag.f = Tag_opt_ref::V1;
                        Return()
                    };
                    { // bb20
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_23);
                        Goto(bb22)
                    };
                    { // bb21
                        StorageDead(_20);
                        StorageDead(_19);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_21);
                        StorageDead(_18);
                        StorageDead(_17);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_14);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb26)
                    };
                    { // bb25
                        StorageDead(_5);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_3);
                        Goto(bb27)
                    };
                    { // bb27
                        Goto(bb29)
                    };
                    { // bb28
                        Goto(bb19)
                    };
                    { // bb29
                        (*_34).u.tag.f = Tag_opt_ref::V2;
                        UnwindResume()
                    };
                    { // bb30
                        StorageLive(_3);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_28);
                        StorageLive(_29);
                        _28 = Move(_2);
                        Goto(bb15)
                    };
                    { // bb31
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb31_panic, _ => bb31 }
                    };
                    { // bb32
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb32_panic, _ => bb32 }
                    };
                    { // bb1_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb25))
                    };
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
fn drop_opt_ref(_1: *mut Coro_opt_ref) -> () {
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
            let _4: u32;
            let _5: u32;
            let _6: (u32, bool);
            let _7: Option<&u32>;
            let _8: bool;
            let _9: u32;
            let _10: &u32;
            let _11: &u32;
            let _12: ();
            let _13: YieldNow;
            let _14: YieldNow;
            let _15: YieldNow;
            let _16: ();
            let _17: ();
            let _18: Poll<()>;
            let _19: Pin<&mut YieldNow>;
            let _20: &mut YieldNow;
            let _21: &mut YieldNow;
            let _22: &mut Context<'_>;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: isize;
            let _26: ();
            let _27: !;
            let _28: &mut Context<'_>;
            let _29: ();
            let _30: isize;
            let _31: &u32;
            let _32: u32;
            let _33: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _33 = _e0 as u32;
                        match Move(_33) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_29);
                        StorageDead(_28);
                        StorageDead(_13);
                        StorageDead(_12);
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
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_28);
                        StorageLive(_29);
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
pub fn root_opt_ref(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(opt_ref(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
