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

// one: async fn at 7:1; size 2, align 1, tag u8 at 0
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_one { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_one_tag { _p: [u8; 0], f: Tag_one }
#[repr(C)]
struct V_one_s0 { _p: [u8; 1], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_one_s0, f) == 1);
#[repr(C)]
union U_one {
    tag: V_one_tag,
    s0: ManuallyDrop<V_one_s0>,
    size: [u8; 2],
}
#[repr(C, align(1))]
struct Coro_one { u: U_one, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_one>() == 2 && core::mem::align_of::<Coro_one>() == 1);
impl Future for Coro_one {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_one(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_one {
    #[inline(always)]
    fn drop(&mut self) {
        drop_one(self)
    }
}

// sums: async fn at 12:1; size 60, align 4, tag u8 at 36
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_sums { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_tag { _p: [u8; 36], f: Tag_sums }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u1 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u1, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u2 { _p: [u8; 8], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u2, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u3 { _p: [u8; 12], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u3, f) == 12);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s0 { _p: [u8; 16], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s0, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s1 { _p: [u8; 20], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s1, f) == 20);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s2 { _p: [u8; 24], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s2, f) == 24);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s3 { _p: [u8; 28], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s3, f) == 28);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s4 { _p: [u8; 32], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s4, f) == 32);
#[repr(C)]
struct V_sums_s5 { _p: [u8; 40], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_sums_s5, f) == 40);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s6 { _p: [u8; 44], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s6, f) == 44);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s7 { _p: [u8; 48], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s7, f) == 48);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s8 { _p: [u8; 52], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s8, f) == 52);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s9 { _p: [u8; 56], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s9, f) == 56);
#[repr(C)]
struct V_sums_s10 { _p: [u8; 40], f: Coro_one }
const _: () = assert!(core::mem::offset_of!(V_sums_s10, f) == 40);
#[repr(C)]
union U_sums {
    tag: V_sums_tag,
    u0: V_sums_u0,
    u1: V_sums_u1,
    u2: V_sums_u2,
    u3: V_sums_u3,
    s0: V_sums_s0,
    s1: V_sums_s1,
    s2: V_sums_s2,
    s3: V_sums_s3,
    s4: V_sums_s4,
    s5: ManuallyDrop<V_sums_s5>,
    s6: V_sums_s6,
    s7: V_sums_s7,
    s8: V_sums_s8,
    s9: V_sums_s9,
    s10: ManuallyDrop<V_sums_s10>,
    size: [u8; 60],
}
#[repr(C, align(4))]
struct Coro_sums { u: U_sums, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_sums>() == 60 && core::mem::align_of::<Coro_sums>() == 4);
impl Future for Coro_sums {
    type Output = i32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i32> {
        resume_sums(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_sums {
    #[inline(always)]
    fn drop(&mut self) {
        drop_sums(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn one() -> Coro_one {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_one;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_one::V0;
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
fn resume_one(_1: &mut Coro_one, _2: &mut Context<'_>) -> Poll<u32> {
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
            let _3: ();
            let _4: YieldNow;
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: ();
            let _8: ();
            let _9: Poll<()>;
            let _10: Pin<&mut YieldNow>;
            let _11: &mut YieldNow;
            let _12: &mut YieldNow;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: ();
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: u32;
            let _22: u32;
            let _23: &mut Coro_one;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_one_s0>;
            let _e2: *mut V_one_s0;
            let _e3: *mut ManuallyDrop<V_one_s0>;
            let _e4: *mut V_one_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _23 = _1;
                        _e0 = Discriminant((*_23).u.tag.f);
                        _22 = _e0 as u32;
                        match Move(_22) { 0 => bb1, 1 => bb23, 2 => bb22, 3 => bb21, _ => bb8 }
                    };
                    { // bb1
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        Call(_5 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb16))
                    };
                    { // bb2
                        Call(_4 = <YieldNow as IntoFuture>::into_future(Move(_5)), ReturnTo(bb3), UnwindCleanup(bb16))
                    };
                    { // bb3
                        StorageDead(_5);
                        _e1 = &raw mut (*_23).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_4);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        _e3 = &raw mut (*_23).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        _12 = &mut (*_e4).f;
                        _11 = &mut (*_12);
                        Call(_10 = Pin::<&mut YieldNow>::new_unchecked(Move(_11)), ReturnTo(bb5), UnwindCleanup(bb14))
                    };
                    { // bb5
                        StorageDead(_11);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _15 = _2;
                        _14 = Move(_15);
                        Goto(bb6)
                    };
                    { // bb6
                        _13 = &mut (*_14);
                        StorageDead(_15);
                        Call(_9 = <YieldNow as Future>::poll(Move(_10), Move(_13)), ReturnTo(bb7), UnwindCleanup(bb13))
                    };
                    { // bb7
                        StorageDead(_13);
                        StorageDead(_10);
                        _16 = Discriminant(_9);
                        match Move(_16) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _8 = ();
                        StorageDead(_14);
                        StorageDead(_12);
                        StorageDead(_9);
                        StorageDead(_8);
                        StorageLive(_19);
                        StorageLive(_20);
                        _20 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_4);
                        StorageDead(_19);
                        StorageDead(_20);
                        (*_23).u.tag.f = Tag_one::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_17);
                        _17 = place!(Field::<()>(Variant(_9, 0), 0));
                        _3 = _17;
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_12);
                        StorageDead(_9);
                        StorageDead(_8);
                        StorageDead(_4);
                        StorageDead(_3);
                        _21 = 1_u32;
                        Goto(bb19)
                    };
                    { // bb11
                        StorageDead(_20);
                        _2 = Move(_19);
                        StorageDead(_19);
                        _7 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        RET = Poll::<u32>::Ready(Move(_21));
                        (*_23).u.tag.f = Tag_one::V1;
                        Return()
                    };
                    { // bb13
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_14);
                        Goto(bb15)
                    };
                    { // bb14
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb15)
                    };
                    { // bb15
                        StorageDead(_12);
                        StorageDead(_9);
                        StorageDead(_8);
                        Goto(bb17)
                    };
                    { // bb16
                        StorageDead(_5);
                        Goto(bb17)
                    };
                    { // bb17
                        StorageDead(_4);
                        StorageDead(_3);
                        Goto(bb18)
                    };
                    { // bb18
                        Goto(bb20)
                    };
                    { // bb19
                        Goto(bb12)
                    };
                    { // bb20
                        (*_23).u.tag.f = Tag_one::V2;
                        UnwindResume()
                    };
                    { // bb21
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        _19 = Move(_2);
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
fn sums(_1: u32, _2: u32, _3: i32, _4: i32) -> Coro_sums {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_sums;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_sums::V0;
                        RET.u.u0.f = _1;
                        RET.u.u1.f = _2;
                        RET.u.u2.f = _3;
                        RET.u.u3.f = _4;
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
fn resume_sums(_1: &mut Coro_sums, _2: &mut Context<'_>) -> Poll<i32> {
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
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Cleanup;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Cleanup;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Cleanup;
        let bb45 = BasicBlock::Cleanup;
        let bb46 = BasicBlock::Cleanup;
        let bb47 = BasicBlock::Cleanup;
        let bb48 = BasicBlock::Cleanup;
        let bb49 = BasicBlock::Cleanup;
        let bb50 = BasicBlock::Cleanup;
        let bb51 = BasicBlock::Cleanup;
        let bb52 = BasicBlock::Cleanup;
        let bb53 = BasicBlock::Cleanup;
        let bb54 = BasicBlock::Cleanup;
        let bb55 = BasicBlock::Cleanup;
        let bb56 = BasicBlock::Cleanup;
        let bb57 = BasicBlock::Cleanup;
        let bb58 = BasicBlock::Cleanup;
        let bb59 = BasicBlock::Cleanup;
        let bb60 = BasicBlock::Cleanup;
        let bb61 = BasicBlock::Cleanup;
        let bb62 = BasicBlock::Cleanup;
        let bb63 = BasicBlock::Cleanup;
        let bb64 = BasicBlock::Cleanup;
        let bb65 = BasicBlock::Cleanup;
        let bb66 = BasicBlock::Cleanup;
        let bb67 = BasicBlock::Cleanup;
        let bb68 = BasicBlock::Cleanup;
        let bb69 = BasicBlock::Cleanup;
        let bb70 = BasicBlock::Cleanup;
        let bb71 = BasicBlock::Cleanup;
        let bb72 = BasicBlock::Normal;
        let bb73 = BasicBlock::Cleanup;
        let bb74 = BasicBlock::Normal;
        let bb75 = BasicBlock::Normal;
        let bb76 = BasicBlock::Normal;
        let bb77 = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb3_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb20_panic = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        let bb33_panic = BasicBlock::Normal;
        let bb34_panic = BasicBlock::Normal;
        let bb35_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb76_panic = BasicBlock::Normal;
        let bb77_panic = BasicBlock::Normal;
        {
            let RET: Poll<i32>;
            let _3: u32;
            let _4: u32;
            let _5: i32;
            let _6: i32;
            let _7: u32;
            let _8: u32;
            let _9: u32;
            let _10: u32;
            let _11: (u32, bool);
            let _12: u32;
            let _13: (u32, bool);
            let _14: (u32, bool);
            let _15: ();
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: ();
            let _20: ();
            let _21: Poll<()>;
            let _22: Pin<&mut YieldNow>;
            let _23: &mut YieldNow;
            let _24: &mut YieldNow;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: &mut Context<'_>;
            let _28: isize;
            let _29: ();
            let _30: !;
            let _31: &mut Context<'_>;
            let _32: ();
            let _33: u32;
            let _34: u32;
            let _35: (u32, bool);
            let _36: i32;
            let _37: i32;
            let _38: i32;
            let _39: i32;
            let _40: bool;
            let _41: bool;
            let _42: bool;
            let _43: bool;
            let _44: (i32, bool);
            let _45: i32;
            let _46: i32;
            let _47: i32;
            let _48: u32;
            let _49: u32;
            let _50: u32;
            let _51: (u32, bool);
            let _52: (i32, bool);
            let _53: u32;
            let _54: u32;
            let _55: u32;
            let _56: u32;
            let _57: (u32, bool);
            let _58: u32;
            let _59: Coro_one;
            let _60: Coro_one;
            let _61: Coro_one;
            let _62: ();
            let _63: Poll<u32>;
            let _64: Pin<&mut Coro_one>;
            let _65: &mut Coro_one;
            let _66: &mut Coro_one;
            let _67: &mut Context<'_>;
            let _68: &mut Context<'_>;
            let _69: &mut Context<'_>;
            let _70: isize;
            let _71: u32;
            let _72: !;
            let _73: &mut Context<'_>;
            let _74: ();
            let _75: (u32, bool);
            let _76: i32;
            let _77: i32;
            let _78: i32;
            let _79: u32;
            let _80: i32;
            let _81: (i32, bool);
            let _82: i32;
            let _83: (i32, bool);
            let _84: i32;
            let _85: u32;
            let _86: (i32, bool);
            let _87: i32;
            let _88: u32;
            let _89: &mut Coro_sums;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_sums_s5>;
            let _e2: *mut V_sums_s5;
            let _e3: *mut ManuallyDrop<V_sums_s5>;
            let _e4: *mut V_sums_s5;
            let _e5: *mut ManuallyDrop<V_sums_s10>;
            let _e6: *mut V_sums_s10;
            let _e7: *mut ManuallyDrop<V_sums_s10>;
            let _e8: *mut V_sums_s10;
            let _e9: *mut ManuallyDrop<V_sums_s10>;
            let _e10: *mut V_sums_s10;
            let _e11: *mut ManuallyDrop<V_sums_s10>;
            let _e12: *mut V_sums_s10;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _89 = _1;
                        _e0 = Discriminant((*_89).u.tag.f);
                        _88 = _e0 as u32;
                        match Move(_88) { 0 => bb1, 1 => bb77, 2 => bb76, 3 => bb74, 4 => bb75, _ => bb11 }
                    };
                    { // bb1
                        (*_89).u.s0.f = (*_89).u.u0.f;
                        (*_89).u.s1.f = (*_89).u.u1.f;
                        (*_89).u.s2.f = (*_89).u.u2.f;
                        (*_89).u.s3.f = (*_89).u.u3.f;
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        _10 = (*_89).u.s0.f;
                        _11 = Checked(_10 * 2_u32);
                        match Move(_11.1) { false => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        _9 = Move(_11.0);
                        StorageDead(_10);
                        StorageLive(_12);
                        _12 = (*_89).u.s1.f;
                        _13 = Checked(_9 + _12);
                        match Move(_13.1) { false => bb3, _ => bb2_panic }
                    };
                    { // bb3
                        _8 = Move(_13.0);
                        StorageDead(_12);
                        StorageDead(_9);
                        _14 = Checked(_8 + 1_u32);
                        match Move(_14.1) { false => bb4, _ => bb3_panic }
                    };
                    { // bb4
                        (*_89).u.s4.f = Move(_14.0);
                        StorageDead(_8);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        Call(_17 = yield_now(), ReturnTo(bb5), UnwindCleanup(bb64))
                    };
                    { // bb5
                        Call(_16 = <YieldNow as IntoFuture>::into_future(Move(_17)), ReturnTo(bb6), UnwindCleanup(bb64))
                    };
                    { // bb6
                        StorageDead(_17);
                        _e1 = &raw mut (*_89).u.s5;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_16);
                        Goto(bb7)
                    };
                    { // bb7
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        _e3 = &raw mut (*_89).u.s5;
                        _e4 = CastPtrToPtr(_e3);
                        _24 = &mut (*_e4).f;
                        _23 = &mut (*_24);
                        Call(_22 = Pin::<&mut YieldNow>::new_unchecked(Move(_23)), ReturnTo(bb8), UnwindCleanup(bb62))
                    };
                    { // bb8
                        StorageDead(_23);
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = _2;
                        _26 = Move(_27);
                        Goto(bb9)
                    };
                    { // bb9
                        _25 = &mut (*_26);
                        StorageDead(_27);
                        Call(_21 = <YieldNow as Future>::poll(Move(_22), Move(_25)), ReturnTo(bb10), UnwindCleanup(bb61))
                    };
                    { // bb10
                        StorageDead(_25);
                        StorageDead(_22);
                        _28 = Discriminant(_21);
                        match Move(_28) { 0 => bb13, 1 => bb12, _ => bb11 }
                    };
                    { // bb11
                        Unreachable()
                    };
                    { // bb12
                        _20 = ();
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageLive(_31);
                        StorageLive(_32);
                        _32 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_15);
                        StorageDead(_16);
                        StorageDead(_31);
                        StorageDead(_32);
                        (*_89).u.tag.f = Tag_sums::V3;
                        Return()
                    };
                    { // bb13
                        StorageLive(_29);
                        _29 = place!(Field::<()>(Variant(_21, 0), 0));
                        _15 = _29;
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageLive(_34);
                        _34 = (*_89).u.s4.f;
                        _35 = Checked(_34 + 1_u32);
                        match Move(_35.1) { false => bb15, _ => bb13_panic }
                    };
                    { // bb14
                        StorageDead(_32);
                        _2 = Move(_31);
                        StorageDead(_31);
                        _19 = ();
                        Goto(bb7)
                    };
                    { // bb15
                        (*_89).u.s6.f = Move(_35.0);
                        StorageDead(_34);
                        StorageLive(_37);
                        StorageLive(_38);
                        _38 = (*_89).u.s2.f;
                        StorageLive(_39);
                        _39 = (*_89).u.s3.f;
                        _40 = _39 == 0_i32;
                        match Move(_40) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _41 = _39 == -1_i32;
                        _42 = _38 == -2147483648_i32;
                        _43 = Move(_41) & Move(_42);
                        match Move(_43) { false => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _37 = Move(_38) / Move(_39);
                        StorageDead(_39);
                        StorageDead(_38);
                        _44 = Checked(_37 + 3_i32);
                        match Move(_44.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        (*_89).u.s7.f = Move(_44.0);
                        StorageDead(_37);
                        StorageLive(_46);
                        _46 = (*_89).u.s2.f;
                        StorageLive(_47);
                        StorageLive(_48);
                        StorageLive(_49);
                        _49 = (*_89).u.s0.f;
                        StorageLive(_50);
                        _50 = (*_89).u.s1.f;
                        _51 = Checked(_49 * _50);
                        match Move(_51.1) { false => bb19, _ => bb18_panic }
                    };
                    { // bb19
                        _48 = Move(_51.0);
                        StorageDead(_50);
                        StorageDead(_49);
                        _47 = Move(_48) as i32;
                        StorageDead(_48);
                        _52 = Checked(_46 + _47);
                        match Move(_52.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        (*_89).u.s8.f = Move(_52.0);
                        StorageDead(_47);
                        StorageDead(_46);
                        StorageLive(_53);
                        StorageLive(_55);
                        _55 = (*_89).u.s0.f;
                        StorageLive(_56);
                        _56 = (*_89).u.s1.f;
                        _57 = Checked(_55 + _56);
                        match Move(_57.1) { false => bb21, _ => bb20_panic }
                    };
                    { // bb21
                        (*_89).u.s9.f = Move(_57.0);
                        StorageDead(_56);
                        StorageDead(_55);
                        StorageLive(_58);
                        StorageLive(_59);
                        StorageLive(_60);
                        Call(_60 = one(), ReturnTo(bb22), UnwindCleanup(bb49))
                    };
                    { // bb22
                        Call(_59 = <Coro_one as IntoFuture>::into_future(Move(_60)), ReturnTo(bb23), UnwindCleanup(bb48))
                    };
                    { // bb23
                        StorageDead(_60);
                        _e5 = &raw mut (*_89).u.s10;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_59);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageLive(_62);
                        StorageLive(_63);
                        StorageLive(_64);
                        StorageLive(_65);
                        StorageLive(_66);
                        _e7 = &raw mut (*_89).u.s10;
                        _e8 = CastPtrToPtr(_e7);
                        _66 = &mut (*_e8).f;
                        _65 = &mut (*_66);
                        Call(_64 = Pin::<&mut Coro_one>::new_unchecked(Move(_65)), ReturnTo(bb25), UnwindCleanup(bb44))
                    };
                    { // bb25
                        StorageDead(_65);
                        StorageLive(_67);
                        StorageLive(_68);
                        StorageLive(_69);
                        _69 = _2;
                        _68 = Move(_69);
                        Goto(bb26)
                    };
                    { // bb26
                        _67 = &mut (*_68);
                        StorageDead(_69);
                        Call(_63 = <Coro_one as Future>::poll(Move(_64), Move(_67)), ReturnTo(bb27), UnwindCleanup(bb43))
                    };
                    { // bb27
                        StorageDead(_67);
                        StorageDead(_64);
                        _70 = Discriminant(_63);
                        match Move(_70) { 0 => bb29, 1 => bb28, _ => bb11 }
                    };
                    { // bb28
                        _62 = ();
                        StorageDead(_68);
                        StorageDead(_66);
                        StorageDead(_63);
                        StorageDead(_62);
                        StorageLive(_73);
                        StorageLive(_74);
                        _74 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_53);
                        StorageDead(_58);
                        StorageDead(_59);
                        StorageDead(_73);
                        StorageDead(_74);
                        (*_89).u.tag.f = Tag_sums::V4;
                        Return()
                    };
                    { // bb29
                        StorageLive(_71);
                        _71 = place!(Field::<u32>(Variant(_63, 0), 0));
                        _58 = _71;
                        StorageDead(_71);
                        StorageDead(_68);
                        StorageDead(_66);
                        StorageDead(_63);
                        StorageDead(_62);
                        _e9 = &raw mut (*_89).u.s10;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb31), UnwindCleanup(bb46))
                    };
                    { // bb30
                        StorageDead(_74);
                        _2 = Move(_73);
                        StorageDead(_73);
                        _19 = ();
                        Goto(bb24)
                    };
                    { // bb31
                        _75 = Checked((*_89).u.s9.f + _58);
                        match Move(_75.1) { false => bb32, _ => bb31_panic }
                    };
                    { // bb32
                        _53 = Move(_75.0);
                        StorageDead(_58);
                        Goto(bb33)
                    };
                    { // bb33
                        StorageDead(_59);
                        StorageLive(_76);
                        StorageLive(_77);
                        StorageLive(_78);
                        StorageLive(_79);
                        _79 = (*_89).u.s6.f;
                        _78 = Move(_79) as i32;
                        StorageDead(_79);
                        StorageLive(_80);
                        _80 = (*_89).u.s7.f;
                        _81 = Checked(_78 + _80);
                        match Move(_81.1) { false => bb34, _ => bb33_panic }
                    };
                    { // bb34
                        _77 = Move(_81.0);
                        StorageDead(_80);
                        StorageDead(_78);
                        StorageLive(_82);
                        _82 = (*_89).u.s8.f;
                        _83 = Checked(_77 + _82);
                        match Move(_83.1) { false => bb35, _ => bb34_panic }
                    };
                    { // bb35
                        _76 = Move(_83.0);
                        StorageDead(_82);
                        StorageDead(_77);
                        StorageLive(_84);
                        StorageLive(_85);
                        _85 = _53;
                        _84 = Move(_85) as i32;
                        StorageDead(_85);
                        _86 = Checked(_76 + _84);
                        match Move(_86.1) { false => bb36, _ => bb35_panic }
                    };
                    { // bb36
                        _87 = Move(_86.0);
                        StorageDead(_84);
                        StorageDead(_76);
                        StorageDead(_53);
                        Goto(bb72)
                    };
                    { // bb37
                        RET = Poll::<i32>::Ready(Move(_87));
                        (*_89).u.tag.f = Tag_sums::V1;
                        Return()
                    };
                    { // bb38
                        StorageDead(_84);
                        Goto(bb42)
                    };
                    { // bb39
                        StorageDead(_82);
                        Goto(bb41)
                    };
                    { // bb40
                        StorageDead(_80);
                        StorageDead(_78);
                        Goto(bb41)
                    };
                    { // bb41
                        StorageDead(_77);
                        Goto(bb42)
                    };
                    { // bb42
                        StorageDead(_76);
                        Goto(bb52)
                    };
                    { // bb43
                        StorageDead(_67);
                        StorageDead(_64);
                        StorageDead(_68);
                        Goto(bb45)
                    };
                    { // bb44
                        StorageDead(_65);
                        StorageDead(_64);
                        Goto(bb45)
                    };
                    { // bb45
                        StorageDead(_66);
                        StorageDead(_63);
                        StorageDead(_62);
                        _e11 = &raw mut (*_89).u.s10;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb46), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb46
                        Goto(bb47)
                    };
                    { // bb47
                        StorageDead(_58);
                        Goto(bb50)
                    };
                    { // bb48
                        Goto(bb49)
                    };
                    { // bb49
                        StorageDead(_60);
                        StorageDead(_58);
                        Goto(bb50)
                    };
                    { // bb50
                        StorageDead(_59);
                        Goto(bb52)
                    };
                    { // bb51
                        StorageDead(_56);
                        StorageDead(_55);
                        Goto(bb52)
                    };
                    { // bb52
                        StorageDead(_53);
                        Goto(bb55)
                    };
                    { // bb53
                        StorageDead(_50);
                        StorageDead(_49);
                        StorageDead(_48);
                        Goto(bb54)
                    };
                    { // bb54
                        StorageDead(_47);
                        StorageDead(_46);
                        Goto(bb55)
                    };
                    { // bb55
                        Goto(bb58)
                    };
                    { // bb56
                        StorageDead(_39);
                        StorageDead(_38);
                        Goto(bb57)
                    };
                    { // bb57
                        StorageDead(_37);
                        Goto(bb58)
                    };
                    { // bb58
                        Goto(bb60)
                    };
                    { // bb59
                        StorageDead(_34);
                        Goto(bb60)
                    };
                    { // bb60
                        Goto(bb70)
                    };
                    { // bb61
                        StorageDead(_25);
                        StorageDead(_22);
                        StorageDead(_26);
                        Goto(bb63)
                    };
                    { // bb62
                        StorageDead(_23);
                        StorageDead(_22);
                        Goto(bb63)
                    };
                    { // bb63
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        Goto(bb65)
                    };
                    { // bb64
                        StorageDead(_17);
                        Goto(bb65)
                    };
                    { // bb65
                        StorageDead(_16);
                        StorageDead(_15);
                        Goto(bb70)
                    };
                    { // bb66
                        StorageDead(_12);
                        Goto(bb68)
                    };
                    { // bb67
                        StorageDead(_10);
                        Goto(bb68)
                    };
                    { // bb68
                        StorageDead(_9);
                        Goto(bb69)
                    };
                    { // bb69
                        StorageDead(_8);
                        Goto(bb70)
                    };
                    { // bb70
                        Goto(bb71)
                    };
                    { // bb71
                        Goto(bb73)
                    };
                    { // bb72
                        Goto(bb37)
                    };
                    { // bb73
                        (*_89).u.tag.f = Tag_sums::V2;
                        UnwindResume()
                    };
                    { // bb74
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_31);
                        StorageLive(_32);
                        _31 = Move(_2);
                        Goto(bb14)
                    };
                    { // bb75
                        StorageLive(_53);
                        StorageLive(_58);
                        StorageLive(_59);
                        StorageLive(_73);
                        StorageLive(_74);
                        _73 = Move(_2);
                        Goto(bb30)
                    };
                    { // bb76
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb76_panic, _ => bb76 }
                    };
                    { // bb77
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb77_panic, _ => bb77 }
                    };
                    { // bb13_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb59))
                    };
                    { // bb18_panic
                        Call(_never = core::panicking::panic_const::panic_const_mul_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb53))
                    };
                    { // bb19_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb54))
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_mul_overflow, UnwindCleanup(bb67); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb66); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb69));
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_div_by_zero, UnwindCleanup(bb56); core::panicking::panic_const::panic_const_div_overflow, UnwindCleanup(bb56); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb57));
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb51); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb47));
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb40); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb39); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb38));
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
fn drop_one(_1: *mut Coro_one) -> () {
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
            let _3: ();
            let _4: YieldNow;
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: ();
            let _8: ();
            let _9: Poll<()>;
            let _10: Pin<&mut YieldNow>;
            let _11: &mut YieldNow;
            let _12: &mut YieldNow;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: ();
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: u32;
            let _22: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _22 = _e0 as u32;
                        match Move(_22) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageDead(_4);
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
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
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
fn drop_sums(_1: *mut Coro_sums) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Cleanup;
        let bb8 = BasicBlock::Cleanup;
        let bb9 = BasicBlock::Cleanup;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: u32;
            let _5: i32;
            let _6: i32;
            let _7: u32;
            let _8: u32;
            let _9: u32;
            let _10: u32;
            let _11: (u32, bool);
            let _12: u32;
            let _13: (u32, bool);
            let _14: (u32, bool);
            let _15: ();
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: ();
            let _20: ();
            let _21: Poll<()>;
            let _22: Pin<&mut YieldNow>;
            let _23: &mut YieldNow;
            let _24: &mut YieldNow;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: &mut Context<'_>;
            let _28: isize;
            let _29: ();
            let _30: !;
            let _31: &mut Context<'_>;
            let _32: ();
            let _33: u32;
            let _34: u32;
            let _35: (u32, bool);
            let _36: i32;
            let _37: i32;
            let _38: i32;
            let _39: i32;
            let _40: bool;
            let _41: bool;
            let _42: bool;
            let _43: bool;
            let _44: (i32, bool);
            let _45: i32;
            let _46: i32;
            let _47: i32;
            let _48: u32;
            let _49: u32;
            let _50: u32;
            let _51: (u32, bool);
            let _52: (i32, bool);
            let _53: u32;
            let _54: u32;
            let _55: u32;
            let _56: u32;
            let _57: (u32, bool);
            let _58: u32;
            let _59: Coro_one;
            let _60: Coro_one;
            let _61: Coro_one;
            let _62: ();
            let _63: Poll<u32>;
            let _64: Pin<&mut Coro_one>;
            let _65: &mut Coro_one;
            let _66: &mut Coro_one;
            let _67: &mut Context<'_>;
            let _68: &mut Context<'_>;
            let _69: &mut Context<'_>;
            let _70: isize;
            let _71: u32;
            let _72: !;
            let _73: &mut Context<'_>;
            let _74: ();
            let _75: (u32, bool);
            let _76: i32;
            let _77: i32;
            let _78: i32;
            let _79: u32;
            let _80: i32;
            let _81: (i32, bool);
            let _82: i32;
            let _83: (i32, bool);
            let _84: i32;
            let _85: u32;
            let _86: (i32, bool);
            let _87: i32;
            let _88: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_sums_s10>;
            let _e2: *mut V_sums_s10;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _88 = _e0 as u32;
                        match Move(_88) { 0 => bb11, 3 => bb14, 4 => bb15, _ => bb16 }
                    };
                    { // bb1
                        StorageDead(_74);
                        StorageDead(_73);
                        _e1 = &raw mut (*_1).u.s10;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb8))
                    };
                    { // bb2
                        StorageDead(_58);
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_59);
                        StorageDead(_53);
                        Goto(bb5)
                    };
                    { // bb4
                        StorageDead(_32);
                        StorageDead(_31);
                        StorageDead(_16);
                        StorageDead(_15);
                        Goto(bb5)
                    };
                    { // bb5
                        Goto(bb12)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        UnwindResume()
                    };
                    { // bb8
                        StorageDead(_58);
                        Goto(bb9)
                    };
                    { // bb9
                        StorageDead(_59);
                        StorageDead(_53);
                        Goto(bb7)
                    };
                    { // bb10
                        Return()
                    };
                    { // bb11
                        Goto(bb13)
                    };
                    { // bb12
                        Goto(bb6)
                    };
                    { // bb13
                        Goto(bb10)
                    };
                    { // bb14
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_31);
                        StorageLive(_32);
                        Goto(bb4)
                    };
                    { // bb15
                        StorageLive(_53);
                        StorageLive(_58);
                        StorageLive(_59);
                        StorageLive(_73);
                        StorageLive(_74);
                        Goto(bb1)
                    };
                    { // bb16
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
pub fn root_sums(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(sums(core::hint::black_box(0), core::hint::black_box(0), core::hint::black_box(0), core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
