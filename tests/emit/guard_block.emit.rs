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

// leaf: async fn at 4:1; size 6, align 2, tag u8 at 5
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_leaf { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_leaf_tag { _p: [u8; 5], f: Tag_leaf }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_leaf_u0 { _p: [u8; 0], f: i16 }
const _: () = assert!(core::mem::offset_of!(V_leaf_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_leaf_s0 { _p: [u8; 2], f: i16 }
const _: () = assert!(core::mem::offset_of!(V_leaf_s0, f) == 2);
#[repr(C)]
struct V_leaf_s1 { _p: [u8; 4], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_leaf_s1, f) == 4);
#[repr(C)]
union U_leaf {
    tag: V_leaf_tag,
    u0: V_leaf_u0,
    s0: V_leaf_s0,
    s1: ManuallyDrop<V_leaf_s1>,
    size: [u8; 6],
}
#[repr(C, align(2))]
struct Coro_leaf { u: U_leaf, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_leaf>() == 6 && core::mem::align_of::<Coro_leaf>() == 2);
impl Future for Coro_leaf {
    type Output = i16;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i16> {
        resume_leaf(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_leaf {
    #[inline(always)]
    fn drop(&mut self) {
        drop_leaf(self)
    }
}

// outer: async fn at 9:1; size 48, align 8, tag u8 at 22
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_outer { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_tag { _p: [u8; 22], f: Tag_outer }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_outer_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_u1 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_outer_u1, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_s0 { _p: [u8; 8], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_outer_s0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_s1 { _p: [u8; 12], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_outer_s1, f) == 12);
#[repr(C)]
struct V_outer_s2 { _p: [u8; 16], f: Guard }
const _: () = assert!(core::mem::offset_of!(V_outer_s2, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer_s3 { _p: [u8; 20], f: i16 }
const _: () = assert!(core::mem::offset_of!(V_outer_s3, f) == 20);
#[repr(C)]
struct V_outer_s4 { _p: [u8; 24], f: Coro_leaf }
const _: () = assert!(core::mem::offset_of!(V_outer_s4, f) == 24);
#[repr(C)]
struct V_outer_s5 { _p: [u8; 24], f: Coro_outer__async_block_0 }
const _: () = assert!(core::mem::offset_of!(V_outer_s5, f) == 24);
#[repr(C)]
union U_outer {
    tag: V_outer_tag,
    u0: V_outer_u0,
    u1: V_outer_u1,
    s0: V_outer_s0,
    s1: V_outer_s1,
    s2: ManuallyDrop<V_outer_s2>,
    s3: V_outer_s3,
    s4: ManuallyDrop<V_outer_s4>,
    s5: ManuallyDrop<V_outer_s5>,
    size: [u8; 48],
}
#[repr(C, align(8))]
struct Coro_outer { u: U_outer, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_outer>() == 48 && core::mem::align_of::<Coro_outer>() == 8);
impl Future for Coro_outer {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_outer(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_outer {
    #[inline(always)]
    fn drop(&mut self) {
        drop_outer(self)
    }
}

// outer::{async block#0}: async block at 12:13; size 24, align 8, tag u8 at 17
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_outer__async_block_0 { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer__async_block_0_tag { _p: [u8; 17], f: Tag_outer__async_block_0 }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer__async_block_0_u0 { _p: [u8; 0], f: &'static u32 }
const _: () = assert!(core::mem::offset_of!(V_outer__async_block_0_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_outer__async_block_0_u1 { _p: [u8; 8], f: &'static u32 }
const _: () = assert!(core::mem::offset_of!(V_outer__async_block_0_u1, f) == 8);
#[repr(C)]
struct V_outer__async_block_0_s0 { _p: [u8; 16], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_outer__async_block_0_s0, f) == 16);
#[repr(C)]
union U_outer__async_block_0 {
    tag: V_outer__async_block_0_tag,
    u0: V_outer__async_block_0_u0,
    u1: V_outer__async_block_0_u1,
    s0: ManuallyDrop<V_outer__async_block_0_s0>,
    size: [u8; 24],
}
#[repr(C, align(8))]
struct Coro_outer__async_block_0 { u: U_outer__async_block_0, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_outer__async_block_0>() == 24 && core::mem::align_of::<Coro_outer__async_block_0>() == 8);
impl Future for Coro_outer__async_block_0 {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_outer__async_block_0(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_outer__async_block_0 {
    #[inline(always)]
    fn drop(&mut self) {
        drop_outer__async_block_0(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn leaf(_1: i16) -> Coro_leaf {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_leaf;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_leaf::V0;
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
fn resume_leaf(_1: &mut Coro_leaf, _2: &mut Context<'_>) -> Poll<i16> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        {
            let RET: Poll<i16>;
            let _3: i16;
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
            let _22: i16;
            let _23: i16;
            let _24: u32;
            let _25: &mut Coro_leaf;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_leaf_s1>;
            let _e2: *mut V_leaf_s1;
            let _e3: *mut ManuallyDrop<V_leaf_s1>;
            let _e4: *mut V_leaf_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _25 = _1;
                        _e0 = Discriminant((*_25).u.tag.f);
                        _24 = _e0 as u32;
                        match Move(_24) { 0 => bb1, 1 => bb15, 3 => bb14, _ => bb8 }
                    };
                    { // bb1
                        (*_25).u.s0.f = (*_25).u.u0.f;
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        Call(_6 = yield_now(), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        Call(_5 = <YieldNow as IntoFuture>::into_future(Move(_6)), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        StorageDead(_6);
                        _e1 = &raw mut (*_25).u.s1;
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
                        _e3 = &raw mut (*_25).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _13 = &mut (*_e4).f;
                        _12 = &mut (*_13);
                        Call(_11 = Pin::<&mut YieldNow>::new_unchecked(Move(_12)), ReturnTo(bb5), UnwindUnreachable())
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
                        Call(_10 = <YieldNow as Future>::poll(Move(_11), Move(_14)), ReturnTo(bb7), UnwindUnreachable())
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
                        (*_25).u.tag.f = Tag_leaf::V3;
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
                        StorageLive(_22);
                        _22 = (*_25).u.s0.f;
                        _23 = Move(_22) - 7_i16;
                        StorageDead(_22);
                        Goto(bb13)
                    };
                    { // bb11
                        StorageDead(_21);
                        _2 = Move(_20);
                        StorageDead(_20);
                        _8 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        RET = Poll::<i16>::Ready(Move(_23));
                        (*_25).u.tag.f = Tag_leaf::V1;
                        Return()
                    };
                    { // bb13
                        Goto(bb12)
                    };
                    { // bb14
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        _20 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb15
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb15_panic, _ => bb15 }
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed UnwindUnreachable())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn outer(_1: u32, _2: u32) -> Coro_outer {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_outer;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_outer::V0;
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
fn resume_outer(_1: &mut Coro_outer, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: u32;
            let _5: Guard;
            let _6: u32;
            let _7: i16;
            let _8: Coro_leaf;
            let _9: Coro_leaf;
            let _10: Coro_leaf;
            let _11: ();
            let _12: ();
            let _13: Poll<i16>;
            let _14: Pin<&mut Coro_leaf>;
            let _15: &mut Coro_leaf;
            let _16: &mut Coro_leaf;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: isize;
            let _21: i16;
            let _22: !;
            let _23: &mut Context<'_>;
            let _24: ();
            let _25: Coro_outer__async_block_0;
            let _26: &u32;
            let _27: &u32;
            let _28: u32;
            let _29: Coro_outer__async_block_0;
            let _30: Coro_outer__async_block_0;
            let _31: Coro_outer__async_block_0;
            let _32: ();
            let _33: Poll<u32>;
            let _34: Pin<&mut Coro_outer__async_block_0>;
            let _35: &mut Coro_outer__async_block_0;
            let _36: &mut Coro_outer__async_block_0;
            let _37: &mut Context<'_>;
            let _38: &mut Context<'_>;
            let _39: &mut Context<'_>;
            let _40: isize;
            let _41: u32;
            let _42: !;
            let _43: &mut Context<'_>;
            let _44: ();
            let _45: u32;
            let _46: u32;
            let _47: i16;
            let _48: u32;
            let _49: u32;
            let _50: &mut Coro_outer;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_outer_s2>;
            let _e2: *mut V_outer_s2;
            let _e3: *mut ManuallyDrop<V_outer_s4>;
            let _e4: *mut V_outer_s4;
            let _e5: *mut ManuallyDrop<V_outer_s4>;
            let _e6: *mut V_outer_s4;
            let _e7: *mut ManuallyDrop<V_outer_s4>;
            let _e8: *mut V_outer_s4;
            let _e9: *mut ManuallyDrop<V_outer_s5>;
            let _e10: *mut V_outer_s5;
            let _e11: *mut ManuallyDrop<V_outer_s5>;
            let _e12: *mut V_outer_s5;
            let _e13: *mut ManuallyDrop<V_outer_s5>;
            let _e14: *mut V_outer_s5;
            let _e15: *mut ManuallyDrop<V_outer_s2>;
            let _e16: *mut V_outer_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _50 = _1;
                        _e0 = Discriminant((*_50).u.tag.f);
                        _49 = _e0 as u32;
                        match Move(_49) { 0 => bb1, 1 => bb31, 3 => bb29, 4 => bb30, _ => bb9 }
                    };
                    { // bb1
                        (*_50).u.s0.f = (*_50).u.u0.f;
                        (*_50).u.s1.f = (*_50).u.u1.f;
                        StorageLive(_6);
                        _6 = (*_50).u.s0.f;
                        _e1 = &raw mut (*_50).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        Call((*_e2).f = guard(Move(_6)), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        StorageDead(_6);
                        StorageLive(_8);
                        StorageLive(_9);
                        Call(_9 = leaf(-3_i16), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        Call(_8 = <Coro_leaf as IntoFuture>::into_future(Move(_9)), ReturnTo(bb4), UnwindUnreachable())
                    };
                    { // bb4
                        StorageDead(_9);
                        _e3 = &raw mut (*_50).u.s4;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_8);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        _e5 = &raw mut (*_50).u.s4;
                        _e6 = CastPtrToPtr(_e5);
                        _16 = &mut (*_e6).f;
                        _15 = &mut (*_16);
                        Call(_14 = Pin::<&mut Coro_leaf>::new_unchecked(Move(_15)), ReturnTo(bb6), UnwindUnreachable())
                    };
                    { // bb6
                        StorageDead(_15);
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        _19 = _2;
                        _18 = Move(_19);
                        Goto(bb7)
                    };
                    { // bb7
                        _17 = &mut (*_18);
                        StorageDead(_19);
                        Call(_13 = <Coro_leaf as Future>::poll(Move(_14), Move(_17)), ReturnTo(bb8), UnwindUnreachable())
                    };
                    { // bb8
                        StorageDead(_17);
                        StorageDead(_14);
                        _20 = Discriminant(_13);
                        match Move(_20) { 0 => bb11, 1 => bb10, _ => bb9 }
                    };
                    { // bb9
                        Unreachable()
                    };
                    { // bb10
                        _12 = ();
                        StorageDead(_18);
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_12);
                        StorageLive(_23);
                        StorageLive(_24);
                        _24 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_8);
                        StorageDead(_23);
                        StorageDead(_24);
                        (*_50).u.tag.f = Tag_outer::V3;
                        Return()
                    };
                    { // bb11
                        StorageLive(_21);
                        _21 = place!(Field::<i16>(Variant(_13, 0), 0));
                        (*_50).u.s3.f = _21;
                        StorageDead(_21);
                        StorageDead(_18);
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_12);
                        _e7 = &raw mut (*_50).u.s4;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb13), UnwindUnreachable())
                    };
                    { // bb12
                        StorageDead(_24);
                        _2 = Move(_23);
                        StorageDead(_23);
                        _11 = ();
                        Goto(bb5)
                    };
                    { // bb13
                        Goto(bb14)
                    };
                    { // bb14
                        StorageDead(_8);
                        StorageLive(_25);
                        StorageLive(_26);
                        _26 = &(*_50).u.s0.f;
                        StorageLive(_27);
                        _27 = &(*_50).u.s1.f;
                        _25.u.tag.f = Tag_outer__async_block_0::V0;
                        _25.u.u0.f = Move(_26);
                        _25.u.u1.f = Move(_27);
                        StorageDead(_27);
                        StorageDead(_26);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        _30 = Move(_25);
                        Call(_29 = <Coro_outer__async_block_0 as IntoFuture>::into_future(Move(_30)), ReturnTo(bb15), UnwindUnreachable())
                    };
                    { // bb15
                        StorageDead(_30);
                        _e9 = &raw mut (*_50).u.s5;
                        _e10 = CastPtrToPtr(_e9);
                        (*_e10).f = Move(_29);
                        Goto(bb16)
                    };
                    { // bb16
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        StorageLive(_36);
                        _e11 = &raw mut (*_50).u.s5;
                        _e12 = CastPtrToPtr(_e11);
                        _36 = &mut (*_e12).f;
                        _35 = &mut (*_36);
                        Call(_34 = Pin::<&mut Coro_outer__async_block_0>::new_unchecked(Move(_35)), ReturnTo(bb17), UnwindUnreachable())
                    };
                    { // bb17
                        StorageDead(_35);
                        StorageLive(_37);
                        StorageLive(_38);
                        StorageLive(_39);
                        _39 = _2;
                        _38 = Move(_39);
                        Goto(bb18)
                    };
                    { // bb18
                        _37 = &mut (*_38);
                        StorageDead(_39);
                        Call(_33 = <Coro_outer__async_block_0 as Future>::poll(Move(_34), Move(_37)), ReturnTo(bb19), UnwindUnreachable())
                    };
                    { // bb19
                        StorageDead(_37);
                        StorageDead(_34);
                        _40 = Discriminant(_33);
                        match Move(_40) { 0 => bb21, 1 => bb20, _ => bb9 }
                    };
                    { // bb20
                        _32 = ();
                        StorageDead(_38);
                        StorageDead(_36);
                        StorageDead(_33);
                        StorageDead(_32);
                        StorageLive(_43);
                        StorageLive(_44);
                        _44 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_25);
                        StorageDead(_28);
                        StorageDead(_29);
                        StorageDead(_43);
                        StorageDead(_44);
                        (*_50).u.tag.f = Tag_outer::V4;
                        Return()
                    };
                    { // bb21
                        StorageLive(_41);
                        _41 = place!(Field::<u32>(Variant(_33, 0), 0));
                        _28 = _41;
                        StorageDead(_41);
                        StorageDead(_38);
                        StorageDead(_36);
                        StorageDead(_33);
                        StorageDead(_32);
                        _e13 = &raw mut (*_50).u.s5;
                        _e14 = CastPtrToPtr(_e13);
                        Drop((*_e14).f, ReturnTo(bb23), UnwindUnreachable())
                    };
                    { // bb22
                        StorageDead(_44);
                        _2 = Move(_43);
                        StorageDead(_43);
                        _11 = ();
                        Goto(bb16)
                    };
                    { // bb23
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_29);
                        StorageLive(_45);
                        _45 = _28;
                        StorageLive(_46);
                        StorageLive(_47);
                        _47 = (*_50).u.s3.f;
                        _46 = Move(_47) as u32;
                        StorageDead(_47);
                        _48 = Move(_45) + Move(_46);
                        StorageDead(_46);
                        StorageDead(_45);
                        StorageDead(_28);
                        Goto(bb25)
                    };
                    { // bb25
                        StorageDead(_25);
                        _e15 = &raw mut (*_50).u.s2;
                        _e16 = CastPtrToPtr(_e15);
                        Drop((*_e16).f, ReturnTo(bb26), UnwindUnreachable())
                    };
                    { // bb26
                        Goto(bb28)
                    };
                    { // bb27
                        RET = Poll::<u32>::Ready(Move(_48));
                        (*_50).u.tag.f = Tag_outer::V1;
                        Return()
                    };
                    { // bb28
                        Goto(bb27)
                    };
                    { // bb29
                        StorageLive(_8);
                        StorageLive(_23);
                        StorageLive(_24);
                        _23 = Move(_2);
                        Goto(bb12)
                    };
                    { // bb30
                        StorageLive(_25);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_43);
                        StorageLive(_44);
                        _43 = Move(_2);
                        Goto(bb22)
                    };
                    { // bb31
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb31_panic, _ => bb31 }
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed UnwindUnreachable())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_outer__async_block_0(_1: &mut Coro_outer__async_block_0, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb10_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
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
            let _23: bool;
            let _24: &u32;
            let _25: &u32;
            let _26: u32;
            let _27: u32;
            let _28: &mut Coro_outer__async_block_0;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_outer__async_block_0_s0>;
            let _e2: *mut V_outer__async_block_0_s0;
            let _e3: *mut ManuallyDrop<V_outer__async_block_0_s0>;
            let _e4: *mut V_outer__async_block_0_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _28 = _1;
                        _e0 = Discriminant((*_28).u.tag.f);
                        _27 = _e0 as u32;
                        match Move(_27) { 0 => bb1, 1 => bb16, 3 => bb15, _ => bb8 }
                    };
                    { // bb1
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        Call(_5 = yield_now(), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        Call(_4 = <YieldNow as IntoFuture>::into_future(Move(_5)), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        StorageDead(_5);
                        _e1 = &raw mut (*_28).u.s0;
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
                        _e3 = &raw mut (*_28).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        _12 = &mut (*_e4).f;
                        _11 = &mut (*_12);
                        Call(_10 = Pin::<&mut YieldNow>::new_unchecked(Move(_11)), ReturnTo(bb5), UnwindUnreachable())
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
                        Call(_9 = <YieldNow as Future>::poll(Move(_10), Move(_13)), ReturnTo(bb7), UnwindUnreachable())
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
                        (*_28).u.tag.f = Tag_outer__async_block_0::V3;
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
                        StorageLive(_21);
                        _24 = (*_28).u.u0.f;
                        _21 = (*_24);
                        StorageLive(_22);
                        _25 = (*_28).u.u1.f;
                        _22 = (*_25);
                        _23 = _22 == 0_u32;
                        match Move(_23) { false => bb12, _ => bb10_panic }
                    };
                    { // bb11
                        StorageDead(_20);
                        _2 = Move(_19);
                        StorageDead(_19);
                        _7 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        _26 = Move(_21) / Move(_22);
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb14)
                    };
                    { // bb13
                        RET = Poll::<u32>::Ready(Move(_26));
                        (*_28).u.tag.f = Tag_outer__async_block_0::V1;
                        Return()
                    };
                    { // bb14
                        Goto(bb13)
                    };
                    { // bb15
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        _19 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb16
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb16_panic, _ => bb16 }
                    };
                    { // bb10_panic
                        Call(_never = core::panicking::panic_const::panic_const_div_by_zero(), ReturnTo(bb_diverged), UnwindUnreachable())
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed UnwindUnreachable())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_leaf(_1: *mut Coro_leaf) -> () {
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
            let _3: i16;
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
            let _22: i16;
            let _23: i16;
            let _24: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _24 = _e0 as u32;
                        match Move(_24) { 0 => bb4, 3 => bb7, _ => bb8 }
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
fn drop_outer__async_block_0(_1: *mut Coro_outer__async_block_0) -> () {
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
            let _23: bool;
            let _24: &u32;
            let _25: &u32;
            let _26: u32;
            let _27: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _27 = _e0 as u32;
                        match Move(_27) { 0 => bb4, 3 => bb7, _ => bb8 }
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
fn drop_outer(_1: *mut Coro_outer) -> () {
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
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: u32;
            let _5: Guard;
            let _6: u32;
            let _7: i16;
            let _8: Coro_leaf;
            let _9: Coro_leaf;
            let _10: Coro_leaf;
            let _11: ();
            let _12: ();
            let _13: Poll<i16>;
            let _14: Pin<&mut Coro_leaf>;
            let _15: &mut Coro_leaf;
            let _16: &mut Coro_leaf;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: isize;
            let _21: i16;
            let _22: !;
            let _23: &mut Context<'_>;
            let _24: ();
            let _25: Coro_outer__async_block_0;
            let _26: &u32;
            let _27: &u32;
            let _28: u32;
            let _29: Coro_outer__async_block_0;
            let _30: Coro_outer__async_block_0;
            let _31: Coro_outer__async_block_0;
            let _32: ();
            let _33: Poll<u32>;
            let _34: Pin<&mut Coro_outer__async_block_0>;
            let _35: &mut Coro_outer__async_block_0;
            let _36: &mut Coro_outer__async_block_0;
            let _37: &mut Context<'_>;
            let _38: &mut Context<'_>;
            let _39: &mut Context<'_>;
            let _40: isize;
            let _41: u32;
            let _42: !;
            let _43: &mut Context<'_>;
            let _44: ();
            let _45: u32;
            let _46: u32;
            let _47: i16;
            let _48: u32;
            let _49: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_outer_s5>;
            let _e2: *mut V_outer_s5;
            let _e3: *mut ManuallyDrop<V_outer_s4>;
            let _e4: *mut V_outer_s4;
            let _e5: *mut ManuallyDrop<V_outer_s2>;
            let _e6: *mut V_outer_s2;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _49 = _e0 as u32;
                        match Move(_49) { 0 => bb12, 3 => bb15, 4 => bb16, _ => bb17 }
                    };
                    { // bb1
                        StorageDead(_44);
                        StorageDead(_43);
                        _e1 = &raw mut (*_1).u.s5;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_29);
                        StorageDead(_28);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_25);
                        Goto(bb8)
                    };
                    { // bb5
                        StorageDead(_24);
                        StorageDead(_23);
                        _e3 = &raw mut (*_1).u.s4;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb6), UnwindUnreachable())
                    };
                    { // bb6
                        Goto(bb7)
                    };
                    { // bb7
                        StorageDead(_8);
                        Goto(bb8)
                    };
                    { // bb8
                        _e5 = &raw mut (*_1).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb9), UnwindUnreachable())
                    };
                    { // bb9
                        Goto(bb13)
                    };
                    { // bb10
                        Return()
                    };
                    { // bb11
                        Return()
                    };
                    { // bb12
                        Goto(bb14)
                    };
                    { // bb13
                        Goto(bb10)
                    };
                    { // bb14
                        Goto(bb11)
                    };
                    { // bb15
                        StorageLive(_8);
                        StorageLive(_23);
                        StorageLive(_24);
                        Goto(bb5)
                    };
                    { // bb16
                        StorageLive(_25);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_43);
                        StorageLive(_44);
                        Goto(bb1)
                    };
                    { // bb17
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
pub fn root_outer(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(outer(core::hint::black_box(0), core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
