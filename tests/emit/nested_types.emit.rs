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

struct holder___closure_0___Cell { v: u32, g: Guard }
const _: () = assert!(core::mem::size_of::<holder___closure_0___Cell>() == 8 && core::mem::align_of::<holder___closure_0___Cell>() == 4
    && core::mem::offset_of!(holder___closure_0___Cell, v) == 0
    && core::mem::offset_of!(holder___closure_0___Cell, g) == 4);
struct two__S(u32);
const _: () = assert!(core::mem::size_of::<two__S>() == 4 && core::mem::align_of::<two__S>() == 4
    && core::mem::offset_of!(two__S, 0) == 0);
struct two__S_1 { f: bool }
const _: () = assert!(core::mem::size_of::<two__S_1>() == 1 && core::mem::align_of::<two__S_1>() == 1
    && core::mem::offset_of!(two__S_1, f) == 0);
// holder: async fn at 3:1; size 48, align 8, tag u8 at 40
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_holder { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder_tag { _p: [u8; 40], f: Tag_holder }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder_u0 { _p: [u8; 32], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_holder_u0, f) == 32);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder_s0 { _p: [u8; 36], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_holder_s0, f) == 36);
#[repr(C)]
struct V_holder_s1 { _p: [u8; 0], f: holder___closure_0___Cell }
const _: () = assert!(core::mem::offset_of!(V_holder_s1, f) == 0);
#[repr(C)]
struct V_holder_s2 { _p: [u8; 8], f: Coro_holder___closure_0___Cell__later }
const _: () = assert!(core::mem::offset_of!(V_holder_s2, f) == 8);
#[repr(C)]
union U_holder {
    tag: V_holder_tag,
    u0: V_holder_u0,
    s0: V_holder_s0,
    s1: ManuallyDrop<V_holder_s1>,
    s2: ManuallyDrop<V_holder_s2>,
    size: [u8; 48],
}
#[repr(C, align(8))]
struct Coro_holder { u: U_holder, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_holder>() == 48 && core::mem::align_of::<Coro_holder>() == 8);
impl Future for Coro_holder {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_holder(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_holder {
    #[inline(always)]
    fn drop(&mut self) {
        drop_holder(self)
    }
}

// holder::{closure#0}::Cell::later: async fn at 9:9; size 24, align 8, tag u8 at 17
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_holder___closure_0___Cell__later { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder___closure_0___Cell__later_tag { _p: [u8; 17], f: Tag_holder___closure_0___Cell__later }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder___closure_0___Cell__later_u0 { _p: [u8; 8], f: &'static holder___closure_0___Cell }
const _: () = assert!(core::mem::offset_of!(V_holder___closure_0___Cell__later_u0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_holder___closure_0___Cell__later_s0 { _p: [u8; 0], f: &'static holder___closure_0___Cell }
const _: () = assert!(core::mem::offset_of!(V_holder___closure_0___Cell__later_s0, f) == 0);
#[repr(C)]
struct V_holder___closure_0___Cell__later_s1 { _p: [u8; 16], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_holder___closure_0___Cell__later_s1, f) == 16);
#[repr(C)]
union U_holder___closure_0___Cell__later {
    tag: V_holder___closure_0___Cell__later_tag,
    u0: V_holder___closure_0___Cell__later_u0,
    s0: V_holder___closure_0___Cell__later_s0,
    s1: ManuallyDrop<V_holder___closure_0___Cell__later_s1>,
    size: [u8; 24],
}
#[repr(C, align(8))]
struct Coro_holder___closure_0___Cell__later { u: U_holder___closure_0___Cell__later, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_holder___closure_0___Cell__later>() == 24 && core::mem::align_of::<Coro_holder___closure_0___Cell__later>() == 8);
impl Future for Coro_holder___closure_0___Cell__later {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_holder___closure_0___Cell__later(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_holder___closure_0___Cell__later {
    #[inline(always)]
    fn drop(&mut self) {
        drop_holder___closure_0___Cell__later(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn holder(_1: u32) -> Coro_holder {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_holder;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_holder::V0;
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
fn resume_holder(_1: &mut Coro_holder, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Normal;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Normal;
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb38_panic = BasicBlock::Normal;
        let bb39_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: holder___closure_0___Cell;
            let _5: u32;
            let _6: Guard;
            let _7: u32;
            let _8: u32;
            let _9: Coro_holder___closure_0___Cell__later;
            let _10: Coro_holder___closure_0___Cell__later;
            let _11: &holder___closure_0___Cell;
            let _12: Coro_holder___closure_0___Cell__later;
            let _13: ();
            let _14: ();
            let _15: Poll<u32>;
            let _16: Pin<&mut Coro_holder___closure_0___Cell__later>;
            let _17: &mut Coro_holder___closure_0___Cell__later;
            let _18: &mut Coro_holder___closure_0___Cell__later;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: isize;
            let _23: u32;
            let _24: !;
            let _25: &mut Context<'_>;
            let _26: ();
            let _27: u32;
            let _28: u32;
            let _29: u32;
            let _30: (u32, bool);
            let _31: u32;
            let _32: u32;
            let _33: &mut Coro_holder;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_holder_s1>;
            let _e2: *mut V_holder_s1;
            let _e3: *mut ManuallyDrop<V_holder_s1>;
            let _e4: *mut V_holder_s1;
            let _e5: *mut ManuallyDrop<V_holder_s2>;
            let _e6: *mut V_holder_s2;
            let _e7: *mut ManuallyDrop<V_holder_s2>;
            let _e8: *mut V_holder_s2;
            let _e9: *mut ManuallyDrop<V_holder_s2>;
            let _e10: *mut V_holder_s2;
            let _e11: *mut ManuallyDrop<V_holder_s1>;
            let _e12: *mut V_holder_s1;
            let _e13: *mut ManuallyDrop<V_holder_s2>;
            let _e14: *mut V_holder_s2;
            let _e15: *mut ManuallyDrop<V_holder_s1>;
            let _e16: *mut V_holder_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _33 = _1;
                        _e0 = Discriminant((*_33).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb1, 1 => bb39, 2 => bb38, 3 => bb37, _ => bb10 }
                    };
                    { // bb1
                        (*_33).u.s0.f = (*_33).u.u0.f;
                        StorageLive(_5);
                        _5 = (*_33).u.s0.f;
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = (*_33).u.s0.f;
                        Call(_6 = guard(Move(_7)), ReturnTo(bb2), UnwindCleanup(bb31))
                    };
                    { // bb2
                        StorageDead(_7);
                        _e1 = &raw mut (*_33).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = holder___closure_0___Cell { v: Move(_5), g: Move(_6) };
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_6);
                        StorageDead(_5);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        _e3 = &raw mut (*_33).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _11 = &(*_e4).f;
                        Call(_10 = holder___closure_0___Cell__later(Move(_11)), ReturnTo(bb4), UnwindCleanup(bb27))
                    };
                    { // bb4
                        StorageDead(_11);
                        Call(_9 = <Coro_holder___closure_0___Cell__later as IntoFuture>::into_future(Move(_10)), ReturnTo(bb5), UnwindCleanup(bb26))
                    };
                    { // bb5
                        StorageDead(_10);
                        _e5 = &raw mut (*_33).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_9);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        _e7 = &raw mut (*_33).u.s2;
                        _e8 = CastPtrToPtr(_e7);
                        _18 = &mut (*_e8).f;
                        _17 = &mut (*_18);
                        Call(_16 = Pin::<&mut Coro_holder___closure_0___Cell__later>::new_unchecked(Move(_17)), ReturnTo(bb7), UnwindCleanup(bb23))
                    };
                    { // bb7
                        StorageDead(_17);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        _21 = _2;
                        _20 = Move(_21);
                        Goto(bb8)
                    };
                    { // bb8
                        _19 = &mut (*_20);
                        StorageDead(_21);
                        Call(_15 = <Coro_holder___closure_0___Cell__later as Future>::poll(Move(_16), Move(_19)), ReturnTo(bb9), UnwindCleanup(bb22))
                    };
                    { // bb9
                        StorageDead(_19);
                        StorageDead(_16);
                        _22 = Discriminant(_15);
                        match Move(_22) { 0 => bb12, 1 => bb11, _ => bb10 }
                    };
                    { // bb10
                        Unreachable()
                    };
                    { // bb11
                        _14 = ();
                        StorageDead(_20);
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        StorageLive(_25);
                        StorageLive(_26);
                        _26 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_8);
                        StorageDead(_9);
                        StorageDead(_25);
                        StorageDead(_26);
                        (*_33).u.tag.f = Tag_holder::V3;
                        Return()
                    };
                    { // bb12
                        StorageLive(_23);
                        _23 = place!(Field::<u32>(Variant(_15, 0), 0));
                        _8 = _23;
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        _e9 = &raw mut (*_33).u.s2;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb14), UnwindCleanup(bb25))
                    };
                    { // bb13
                        StorageDead(_26);
                        _2 = Move(_25);
                        StorageDead(_25);
                        _13 = ();
                        Goto(bb6)
                    };
                    { // bb14
                        Goto(bb15)
                    };
                    { // bb15
                        StorageDead(_9);
                        StorageLive(_27);
                        _27 = _8;
                        StorageLive(_28);
                        StorageLive(_29);
                        _29 = (*_33).u.s0.f;
                        Call(_28 = two(Move(_29)), ReturnTo(bb16), UnwindCleanup(bb20))
                    };
                    { // bb16
                        StorageDead(_29);
                        _30 = Checked(_27 + _28);
                        match Move(_30.1) { false => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _31 = Move(_30.0);
                        StorageDead(_28);
                        StorageDead(_27);
                        StorageDead(_8);
                        _e11 = &raw mut (*_33).u.s1;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb18), UnwindCleanup(bb33))
                    };
                    { // bb18
                        Goto(bb35)
                    };
                    { // bb19
                        RET = Poll::<u32>::Ready(Move(_31));
                        (*_33).u.tag.f = Tag_holder::V1;
                        Return()
                    };
                    { // bb20
                        StorageDead(_29);
                        Goto(bb21)
                    };
                    { // bb21
                        StorageDead(_28);
                        StorageDead(_27);
                        Goto(bb30)
                    };
                    { // bb22
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_20);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_17);
                        StorageDead(_16);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_14);
                        _e13 = &raw mut (*_33).u.s2;
                        _e14 = CastPtrToPtr(_e13);
                        Drop((*_e14).f, ReturnTo(bb25), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb25
                        Goto(bb29)
                    };
                    { // bb26
                        Goto(bb28)
                    };
                    { // bb27
                        StorageDead(_11);
                        Goto(bb28)
                    };
                    { // bb28
                        StorageDead(_10);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_9);
                        Goto(bb30)
                    };
                    { // bb30
                        StorageDead(_8);
                        _e15 = &raw mut (*_33).u.s1;
                        _e16 = CastPtrToPtr(_e15);
                        Drop((*_e16).f, ReturnTo(bb33), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb31
                        StorageDead(_7);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_6);
                        StorageDead(_5);
                        Goto(bb33)
                    };
                    { // bb33
                        Goto(bb34)
                    };
                    { // bb34
                        Goto(bb36)
                    };
                    { // bb35
                        Goto(bb19)
                    };
                    { // bb36
                        (*_33).u.tag.f = Tag_holder::V2;
                        UnwindResume()
                    };
                    { // bb37
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_25);
                        StorageLive(_26);
                        _25 = Move(_2);
                        Goto(bb13)
                    };
                    { // bb38
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb38_panic, _ => bb38 }
                    };
                    { // bb39
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb39_panic, _ => bb39 }
                    };
                    { // bb16_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb21))
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
fn holder___closure_0___Cell__later(_1: &holder___closure_0___Cell) -> Coro_holder___closure_0___Cell__later {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_holder___closure_0___Cell__later;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_holder___closure_0___Cell__later::V0;
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
fn resume_holder___closure_0___Cell__later(_1: &mut Coro_holder___closure_0___Cell__later, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb13 = BasicBlock::Cleanup;
        let bb14 = BasicBlock::Cleanup;
        let bb15 = BasicBlock::Cleanup;
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Cleanup;
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb22_panic = BasicBlock::Normal;
        let bb23_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: &holder___closure_0___Cell;
            let _4: ();
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: ();
            let _9: ();
            let _10: Poll<()>;
            let _11: Pin<&mut YieldNow>;
            let _12: &mut YieldNow;
            let _13: &mut YieldNow;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: isize;
            let _18: ();
            let _19: !;
            let _20: &mut Context<'_>;
            let _21: ();
            let _22: u32;
            let _23: u32;
            let _24: &mut Coro_holder___closure_0___Cell__later;
            let _25: &holder___closure_0___Cell;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_holder___closure_0___Cell__later_s1>;
            let _e2: *mut V_holder___closure_0___Cell__later_s1;
            let _e3: *mut ManuallyDrop<V_holder___closure_0___Cell__later_s1>;
            let _e4: *mut V_holder___closure_0___Cell__later_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _24 = _1;
                        _e0 = Discriminant((*_24).u.tag.f);
                        _23 = _e0 as u32;
                        match Move(_23) { 0 => bb1, 1 => bb23, 2 => bb22, 3 => bb21, _ => bb8 }
                    };
                    { // bb1
                        (*_24).u.s0.f = (*_24).u.u0.f;
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        Call(_6 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb16))
                    };
                    { // bb2
                        Call(_5 = <YieldNow as IntoFuture>::into_future(Move(_6)), ReturnTo(bb3), UnwindCleanup(bb16))
                    };
                    { // bb3
                        StorageDead(_6);
                        _e1 = &raw mut (*_24).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_5);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        _e3 = &raw mut (*_24).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _13 = &mut (*_e4).f;
                        _12 = &mut (*_13);
                        Call(_11 = Pin::<&mut YieldNow>::new_unchecked(Move(_12)), ReturnTo(bb5), UnwindCleanup(bb14))
                    };
                    { // bb5
                        StorageDead(_12);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        _16 = _2;
                        _15 = Move(_16);
                        Goto(bb6)
                    };
                    { // bb6
                        _14 = &mut (*_15);
                        StorageDead(_16);
                        Call(_10 = <YieldNow as Future>::poll(Move(_11), Move(_14)), ReturnTo(bb7), UnwindCleanup(bb13))
                    };
                    { // bb7
                        StorageDead(_14);
                        StorageDead(_11);
                        _17 = Discriminant(_10);
                        match Move(_17) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _9 = ();
                        StorageDead(_15);
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageLive(_20);
                        StorageLive(_21);
                        _21 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_4);
                        StorageDead(_5);
                        StorageDead(_20);
                        StorageDead(_21);
                        (*_24).u.tag.f = Tag_holder___closure_0___Cell__later::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_18);
                        _18 = place!(Field::<()>(Variant(_10, 0), 0));
                        _4 = _18;
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageDead(_5);
                        StorageDead(_4);
                        _25 = (*_24).u.s0.f;
                        _22 = (*_25).v;
                        Goto(bb19)
                    };
                    { // bb11
                        StorageDead(_21);
                        _2 = Move(_20);
                        StorageDead(_20);
                        _8 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        RET = Poll::<u32>::Ready(Move(_22));
                        (*_24).u.tag.f = Tag_holder___closure_0___Cell__later::V1;
                        Return()
                    };
                    { // bb13
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_15);
                        Goto(bb15)
                    };
                    { // bb14
                        StorageDead(_12);
                        StorageDead(_11);
                        Goto(bb15)
                    };
                    { // bb15
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        Goto(bb17)
                    };
                    { // bb16
                        StorageDead(_6);
                        Goto(bb17)
                    };
                    { // bb17
                        StorageDead(_5);
                        StorageDead(_4);
                        Goto(bb18)
                    };
                    { // bb18
                        Goto(bb20)
                    };
                    { // bb19
                        Goto(bb12)
                    };
                    { // bb20
                        (*_24).u.tag.f = Tag_holder___closure_0___Cell__later::V2;
                        UnwindResume()
                    };
                    { // bb21
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        _20 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb22
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb22_panic, _ => bb22 }
                    };
                    { // bb23
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb23_panic, _ => bb23 }
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
#[linkage = "internal"]
fn two(_1: u32) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb3_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: u32;
            let _2: u32;
            let _3: two__S;
            let _4: u32;
            let _5: u32;
            let _6: two__S_1;
            let _7: bool;
            let _8: u32;
            let _9: bool;
            let _10: u32;
            let _11: u32;
            let _12: (u32, bool);
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
                        _4 = _1;
                        _3 = two__S { 0: Move(_4) };
                        StorageDead(_4);
                        _2 = _3.0;
                        StorageDead(_3);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = _1;
                        _7 = Move(_8) > 2_u32;
                        StorageDead(_8);
                        _6 = two__S_1 { f: Move(_7) };
                        StorageDead(_7);
                        StorageLive(_9);
                        _9 = _6.f;
                        match Move(_9) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        _5 = 1_u32;
                        Goto(bb3)
                    };
                    { // bb2
                        _5 = 0_u32;
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_9);
                        StorageDead(_6);
                        StorageLive(_10);
                        _10 = _2;
                        StorageLive(_11);
                        _11 = _5;
                        _12 = Checked(_10 + _11);
                        match Move(_12.1) { false => bb4, _ => bb3_panic }
                    };
                    { // bb4
                        RET = Move(_12.0);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageDead(_5);
                        StorageDead(_2);
                        Return()
                    };
                    { // bb3_panic
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
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_holder___closure_0___Cell__later(_1: *mut Coro_holder___closure_0___Cell__later) -> () {
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
            let _3: &holder___closure_0___Cell;
            let _4: ();
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: ();
            let _9: ();
            let _10: Poll<()>;
            let _11: Pin<&mut YieldNow>;
            let _12: &mut YieldNow;
            let _13: &mut YieldNow;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: isize;
            let _18: ();
            let _19: !;
            let _20: &mut Context<'_>;
            let _21: ();
            let _22: u32;
            let _23: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _23 = _e0 as u32;
                        match Move(_23) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_5);
                        StorageDead(_4);
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
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
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

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_holder(_1: *mut Coro_holder) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Cleanup;
        let bb7 = BasicBlock::Cleanup;
        let bb8 = BasicBlock::Cleanup;
        let bb9 = BasicBlock::Cleanup;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: holder___closure_0___Cell;
            let _5: u32;
            let _6: Guard;
            let _7: u32;
            let _8: u32;
            let _9: Coro_holder___closure_0___Cell__later;
            let _10: Coro_holder___closure_0___Cell__later;
            let _11: &holder___closure_0___Cell;
            let _12: Coro_holder___closure_0___Cell__later;
            let _13: ();
            let _14: ();
            let _15: Poll<u32>;
            let _16: Pin<&mut Coro_holder___closure_0___Cell__later>;
            let _17: &mut Coro_holder___closure_0___Cell__later;
            let _18: &mut Coro_holder___closure_0___Cell__later;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: isize;
            let _23: u32;
            let _24: !;
            let _25: &mut Context<'_>;
            let _26: ();
            let _27: u32;
            let _28: u32;
            let _29: u32;
            let _30: (u32, bool);
            let _31: u32;
            let _32: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_holder_s2>;
            let _e2: *mut V_holder_s2;
            let _e3: *mut ManuallyDrop<V_holder_s1>;
            let _e4: *mut V_holder_s1;
            let _e5: *mut ManuallyDrop<V_holder_s1>;
            let _e6: *mut V_holder_s1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb11, 3 => bb14, _ => bb15 }
                    };
                    { // bb1
                        StorageDead(_26);
                        StorageDead(_25);
                        _e1 = &raw mut (*_1).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb7))
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_9);
                        StorageDead(_8);
                        _e3 = &raw mut (*_1).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb4), UnwindCleanup(bb9))
                    };
                    { // bb4
                        Goto(bb12)
                    };
                    { // bb5
                        Return()
                    };
                    { // bb6
                        UnwindResume()
                    };
                    { // bb7
                        Goto(bb8)
                    };
                    { // bb8
                        StorageDead(_9);
                        StorageDead(_8);
                        _e5 = &raw mut (*_1).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb9), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb9
                        Goto(bb6)
                    };
                    { // bb10
                        Return()
                    };
                    { // bb11
                        Goto(bb13)
                    };
                    { // bb12
                        Goto(bb5)
                    };
                    { // bb13
                        Goto(bb10)
                    };
                    { // bb14
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_25);
                        StorageLive(_26);
                        Goto(bb1)
                    };
                    { // bb15
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
pub fn root_holder(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(holder(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
