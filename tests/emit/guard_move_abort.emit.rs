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

// into_block: async fn at 6:1; size 24, align 4, tag u8 at 20
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_into_block { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_into_block_tag { _p: [u8; 20], f: Tag_into_block }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_into_block_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_into_block_u0, f) == 0);
#[repr(C)]
struct V_into_block_s0 { _p: [u8; 4], f: Coro_into_block__async_block_0 }
const _: () = assert!(core::mem::offset_of!(V_into_block_s0, f) == 4);
#[repr(C)]
union U_into_block {
    tag: V_into_block_tag,
    u0: V_into_block_u0,
    s0: ManuallyDrop<V_into_block_s0>,
    size: [u8; 24],
}
#[repr(C, align(4))]
struct Coro_into_block { u: U_into_block, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_into_block>() == 24 && core::mem::align_of::<Coro_into_block>() == 4);
impl Future for Coro_into_block {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_into_block(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_into_block {
    #[inline(always)]
    fn drop(&mut self) {
        drop_into_block(self)
    }
}

// out_of_block: async fn at 17:1; size 24, align 4, tag u8 at 20
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_out_of_block { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_out_of_block_tag { _p: [u8; 20], f: Tag_out_of_block }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_out_of_block_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_out_of_block_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_out_of_block_s0 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_out_of_block_s0, f) == 4);
#[repr(C)]
struct V_out_of_block_s1 { _p: [u8; 8], f: Coro_out_of_block__async_block_0 }
const _: () = assert!(core::mem::offset_of!(V_out_of_block_s1, f) == 8);
#[repr(C)]
union U_out_of_block {
    tag: V_out_of_block_tag,
    u0: V_out_of_block_u0,
    s0: V_out_of_block_s0,
    s1: ManuallyDrop<V_out_of_block_s1>,
    size: [u8; 24],
}
#[repr(C, align(4))]
struct Coro_out_of_block { u: U_out_of_block, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_out_of_block>() == 24 && core::mem::align_of::<Coro_out_of_block>() == 4);
impl Future for Coro_out_of_block {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_out_of_block(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_out_of_block {
    #[inline(always)]
    fn drop(&mut self) {
        drop_out_of_block(self)
    }
}

// into_block::{async block#0}: async block at 8:13; size 16, align 4, tag u8 at 13
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_into_block__async_block_0 { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_into_block__async_block_0_tag { _p: [u8; 13], f: Tag_into_block__async_block_0 }
#[repr(C)]
struct V_into_block__async_block_0_u0 { _p: [u8; 0], f: Guard }
const _: () = assert!(core::mem::offset_of!(V_into_block__async_block_0_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_into_block__async_block_0_u1 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_into_block__async_block_0_u1, f) == 4);
#[repr(C)]
struct V_into_block__async_block_0_s0 { _p: [u8; 8], f: Guard }
const _: () = assert!(core::mem::offset_of!(V_into_block__async_block_0_s0, f) == 8);
#[repr(C)]
struct V_into_block__async_block_0_s1 { _p: [u8; 12], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_into_block__async_block_0_s1, f) == 12);
#[repr(C)]
union U_into_block__async_block_0 {
    tag: V_into_block__async_block_0_tag,
    u0: ManuallyDrop<V_into_block__async_block_0_u0>,
    u1: V_into_block__async_block_0_u1,
    s0: ManuallyDrop<V_into_block__async_block_0_s0>,
    s1: ManuallyDrop<V_into_block__async_block_0_s1>,
    size: [u8; 16],
}
#[repr(C, align(4))]
struct Coro_into_block__async_block_0 { u: U_into_block__async_block_0, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_into_block__async_block_0>() == 16 && core::mem::align_of::<Coro_into_block__async_block_0>() == 4);
impl Future for Coro_into_block__async_block_0 {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_into_block__async_block_0(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_into_block__async_block_0 {
    #[inline(always)]
    fn drop(&mut self) {
        drop_into_block__async_block_0(self)
    }
}

// out_of_block::{async block#0}: async block at 19:13; size 12, align 4, tag u8 at 9
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_out_of_block__async_block_0 { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_out_of_block__async_block_0_tag { _p: [u8; 9], f: Tag_out_of_block__async_block_0 }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_out_of_block__async_block_0_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_out_of_block__async_block_0_u0, f) == 0);
#[repr(C)]
struct V_out_of_block__async_block_0_u1 { _p: [u8; 4], f: Guard }
const _: () = assert!(core::mem::offset_of!(V_out_of_block__async_block_0_u1, f) == 4);
#[repr(C)]
struct V_out_of_block__async_block_0_s0 { _p: [u8; 8], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_out_of_block__async_block_0_s0, f) == 8);
#[repr(C)]
union U_out_of_block__async_block_0 {
    tag: V_out_of_block__async_block_0_tag,
    u0: V_out_of_block__async_block_0_u0,
    u1: ManuallyDrop<V_out_of_block__async_block_0_u1>,
    s0: ManuallyDrop<V_out_of_block__async_block_0_s0>,
    size: [u8; 12],
}
#[repr(C, align(4))]
struct Coro_out_of_block__async_block_0 { u: U_out_of_block__async_block_0, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_out_of_block__async_block_0>() == 12 && core::mem::align_of::<Coro_out_of_block__async_block_0>() == 4);
impl Future for Coro_out_of_block__async_block_0 {
    type Output = Guard;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Guard> {
        resume_out_of_block__async_block_0(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_out_of_block__async_block_0 {
    #[inline(always)]
    fn drop(&mut self) {
        drop_out_of_block__async_block_0(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn into_block(_1: u32) -> Coro_into_block {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_into_block;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_into_block::V0;
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
fn resume_into_block(_1: &mut Coro_into_block, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Guard;
            let _5: u32;
            let _6: Coro_into_block__async_block_0;
            let _7: Coro_into_block__async_block_0;
            let _8: Coro_into_block__async_block_0;
            let _9: Coro_into_block__async_block_0;
            let _10: ();
            let _11: ();
            let _12: Poll<u32>;
            let _13: Pin<&mut Coro_into_block__async_block_0>;
            let _14: &mut Coro_into_block__async_block_0;
            let _15: &mut Coro_into_block__async_block_0;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: u32;
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: u32;
            let _26: &mut Coro_into_block;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_into_block__async_block_0_u0>;
            let _e2: *mut V_into_block__async_block_0_u0;
            let _e3: *mut ManuallyDrop<V_into_block_s0>;
            let _e4: *mut V_into_block_s0;
            let _e5: *mut ManuallyDrop<V_into_block_s0>;
            let _e6: *mut V_into_block_s0;
            let _e7: *mut ManuallyDrop<V_into_block_s0>;
            let _e8: *mut V_into_block_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _26 = _1;
                        _e0 = Discriminant((*_26).u.tag.f);
                        _25 = _e0 as u32;
                        match Move(_25) { 0 => bb1, 1 => bb19, 3 => bb18, _ => bb8 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_26).u.u0.f;
                        StorageLive(_4);
                        StorageLive(_5);
                        _5 = _3;
                        Call(_4 = guard(Move(_5)), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        StorageDead(_5);
                        StorageLive(_6);
                        _e1 = &raw mut _6.u.u0;
                        _e2 = CastPtrToPtr(_e1);
                        _6.u.tag.f = Tag_into_block__async_block_0::V0;
                        (*_e2).f = Move(_4);
                        _6.u.u1.f = _3;
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = Move(_6);
                        Call(_7 = <Coro_into_block__async_block_0 as IntoFuture>::into_future(Move(_8)), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        StorageDead(_8);
                        _e3 = &raw mut (*_26).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_7);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_11);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _e5 = &raw mut (*_26).u.s0;
                        _e6 = CastPtrToPtr(_e5);
                        _15 = &mut (*_e6).f;
                        _14 = &mut (*_15);
                        Call(_13 = Pin::<&mut Coro_into_block__async_block_0>::new_unchecked(Move(_14)), ReturnTo(bb5), UnwindUnreachable())
                    };
                    { // bb5
                        StorageDead(_14);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        _18 = _2;
                        _17 = Move(_18);
                        Goto(bb6)
                    };
                    { // bb6
                        _16 = &mut (*_17);
                        StorageDead(_18);
                        Call(RET = <Coro_into_block__async_block_0 as Future>::poll(Move(_13), Move(_16)), ReturnTo(bb7), UnwindUnreachable())
                    };
                    { // bb7
                        StorageDead(_16);
                        StorageDead(_13);
                        _19 = Discriminant(RET);
                        match Move(_19) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _11 = ();
                        StorageDead(_17);
                        StorageDead(_15);
                        StorageDead(_11);
                        StorageLive(_22);
                        StorageLive(_23);
                        _23 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_4);
                        StorageDead(_6);
                        StorageDead(_7);
                        StorageDead(_22);
                        StorageDead(_23);
                        (*_26).u.tag.f = Tag_into_block::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_20);
                        _20 = place!(Field::<u32>(Variant(RET, 0), 0));
                        _24 = _20;
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_15);
                        StorageDead(_11);
                        _e7 = &raw mut (*_26).u.s0;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb12), UnwindUnreachable())
                    };
                    { // bb11
                        StorageDead(_23);
                        _2 = Move(_22);
                        StorageDead(_22);
                        _10 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        Goto(bb13)
                    };
                    { // bb13
                        StorageDead(_6);
                        Goto(bb14)
                    };
                    { // bb14
                        StorageDead(_4);
                        Goto(bb15)
                    };
                    { // bb15
                        StorageDead(_7);
                        StorageDead(_3);
                        Goto(bb17)
                    };
                    { // bb16
                        (*_26).u.tag.f = Tag_into_block::V1;
                        Return()
                    };
                    { // bb17
                        Goto(bb16)
                    };
                    { // bb18
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_22);
                        StorageLive(_23);
                        _22 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb19
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb19_panic, _ => bb19 }
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
fn resume_into_block__async_block_0(_1: &mut Coro_into_block__async_block_0, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: Guard;
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
            let _22: ();
            let _23: u32;
            let _24: u32;
            let _25: u32;
            let _26: u32;
            let _27: &mut Coro_into_block__async_block_0;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_into_block__async_block_0_s0>;
            let _e2: *mut V_into_block__async_block_0_s0;
            let _e3: *mut ManuallyDrop<V_into_block__async_block_0_u0>;
            let _e4: *mut V_into_block__async_block_0_u0;
            let _e5: *mut ManuallyDrop<V_into_block__async_block_0_s1>;
            let _e6: *mut V_into_block__async_block_0_s1;
            let _e7: *mut ManuallyDrop<V_into_block__async_block_0_s1>;
            let _e8: *mut V_into_block__async_block_0_s1;
            let _e9: *mut ManuallyDrop<V_into_block__async_block_0_s0>;
            let _e10: *mut V_into_block__async_block_0_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _27 = _1;
                        _e0 = Discriminant((*_27).u.tag.f);
                        _26 = _e0 as u32;
                        match Move(_26) { 0 => bb1, 1 => bb18, 3 => bb17, _ => bb8 }
                    };
                    { // bb1
                        _e1 = &raw mut (*_27).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        _e3 = &raw mut (*_27).u.u0;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e2).f = Move((*_e4).f);
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
                        _e5 = &raw mut (*_27).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_5);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        _e7 = &raw mut (*_27).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        _13 = &mut (*_e8).f;
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
                        (*_27).u.tag.f = Tag_into_block__async_block_0::V3;
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
                        StorageLive(_23);
                        _23 = (*_27).u.u1.f;
                        Call(_22 = observe(Move(_23)), ReturnTo(bb12), UnwindUnreachable())
                    };
                    { // bb11
                        StorageDead(_21);
                        _2 = Move(_20);
                        StorageDead(_20);
                        _8 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        StorageDead(_23);
                        StorageDead(_22);
                        StorageLive(_24);
                        _24 = (*_27).u.u1.f;
                        _25 = Move(_24) + 2_u32;
                        StorageDead(_24);
                        _e9 = &raw mut (*_27).u.s0;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb13), UnwindUnreachable())
                    };
                    { // bb13
                        Goto(bb16)
                    };
                    { // bb14
                        RET = Poll::<u32>::Ready(Move(_25));
                        (*_27).u.tag.f = Tag_into_block__async_block_0::V1;
                        Return()
                    };
                    { // bb15
                        Goto(bb14)
                    };
                    { // bb16
                        Goto(bb15)
                    };
                    { // bb17
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        _20 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb18
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb18_panic, _ => bb18 }
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
fn out_of_block(_1: u32) -> Coro_out_of_block {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_out_of_block;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_out_of_block::V0;
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
fn resume_out_of_block(_1: &mut Coro_out_of_block, _2: &mut Context<'_>) -> Poll<u32> {
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
            let _4: Guard;
            let _5: Guard;
            let _6: Coro_out_of_block__async_block_0;
            let _7: Coro_out_of_block__async_block_0;
            let _8: Coro_out_of_block__async_block_0;
            let _9: ();
            let _10: ();
            let _11: Poll<Guard>;
            let _12: Pin<&mut Coro_out_of_block__async_block_0>;
            let _13: &mut Coro_out_of_block__async_block_0;
            let _14: &mut Coro_out_of_block__async_block_0;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: Guard;
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: ();
            let _24: isize;
            let _25: isize;
            let _26: isize;
            let _27: isize;
            let _28: isize;
            let _29: isize;
            let _30: u32;
            let _31: u32;
            let _32: &mut Coro_out_of_block;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_out_of_block__async_block_0_u1>;
            let _e2: *mut V_out_of_block__async_block_0_u1;
            let _e3: *mut ManuallyDrop<V_out_of_block_s1>;
            let _e4: *mut V_out_of_block_s1;
            let _e5: *mut ManuallyDrop<V_out_of_block_s1>;
            let _e6: *mut V_out_of_block_s1;
            let _e7: *mut ManuallyDrop<V_out_of_block_s1>;
            let _e8: *mut V_out_of_block_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _32 = _1;
                        _e0 = Discriminant((*_32).u.tag.f);
                        _31 = _e0 as u32;
                        match Move(_31) { 0 => bb1, 1 => bb31, 3 => bb30, _ => bb8 }
                    };
                    { // bb1
                        (*_32).u.s0.f = (*_32).u.u0.f;
                        StorageLive(_4);
                        Call(_4 = guard(7_u32), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        _e1 = &raw mut _7.u.u1;
                        _e2 = CastPtrToPtr(_e1);
                        _7.u.tag.f = Tag_out_of_block__async_block_0::V0;
                        _7.u.u0.f = (*_32).u.s0.f;
                        (*_e2).f = Move(_4);
                        Call(_6 = <Coro_out_of_block__async_block_0 as IntoFuture>::into_future(Move(_7)), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        StorageDead(_7);
                        _e3 = &raw mut (*_32).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_6);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        _e5 = &raw mut (*_32).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        _14 = &mut (*_e6).f;
                        _13 = &mut (*_14);
                        Call(_12 = Pin::<&mut Coro_out_of_block__async_block_0>::new_unchecked(Move(_13)), ReturnTo(bb5), UnwindUnreachable())
                    };
                    { // bb5
                        StorageDead(_13);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        _17 = _2;
                        _16 = Move(_17);
                        Goto(bb6)
                    };
                    { // bb6
                        _15 = &mut (*_16);
                        StorageDead(_17);
                        Call(_11 = <Coro_out_of_block__async_block_0 as Future>::poll(Move(_12), Move(_15)), ReturnTo(bb7), UnwindUnreachable())
                    };
                    { // bb7
                        StorageDead(_15);
                        StorageDead(_12);
                        _18 = Discriminant(_11);
                        match Move(_18) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _10 = ();
                        Goto(bb24)
                    };
                    { // bb10
                        StorageLive(_19);
                        _19 = Move(place!(Field::<Guard>(Variant(_11, 0), 0)));
                        _5 = Move(_19);
                        Goto(bb13)
                    };
                    { // bb11
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_4);
                        StorageDead(_5);
                        StorageDead(_6);
                        StorageDead(_21);
                        StorageDead(_22);
                        (*_32).u.tag.f = Tag_out_of_block::V3;
                        Return()
                    };
                    { // bb12
                        StorageDead(_22);
                        _2 = Move(_21);
                        StorageDead(_21);
                        _9 = ();
                        Goto(bb4)
                    };
                    { // bb13
                        StorageDead(_19);
                        Goto(bb28)
                    };
                    { // bb14
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        _e7 = &raw mut (*_32).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb15), UnwindUnreachable())
                    };
                    { // bb15
                        Goto(bb16)
                    };
                    { // bb16
                        StorageDead(_6);
                        StorageLive(_23);
                        Call(_23 = observe(9_u32), ReturnTo(bb17), UnwindUnreachable())
                    };
                    { // bb17
                        StorageDead(_23);
                        _30 = (*_32).u.s0.f;
                        Drop(_5, ReturnTo(bb18), UnwindUnreachable())
                    };
                    { // bb18
                        StorageDead(_5);
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_4);
                        Goto(bb29)
                    };
                    { // bb20
                        RET = Poll::<u32>::Ready(Move(_30));
                        (*_32).u.tag.f = Tag_out_of_block::V1;
                        Return()
                    };
                    { // bb21
                        Goto(bb11)
                    };
                    { // bb22
                        Goto(bb21)
                    };
                    { // bb23
                        Goto(bb21)
                    };
                    { // bb24
                        _24 = Discriminant(_11);
                        match Move(_24) { 0 => bb22, _ => bb23 }
                    };
                    { // bb25
                        Goto(bb14)
                    };
                    { // bb26
                        Goto(bb25)
                    };
                    { // bb27
                        Goto(bb25)
                    };
                    { // bb28
                        _27 = Discriminant(_11);
                        match Move(_27) { 0 => bb26, _ => bb27 }
                    };
                    { // bb29
                        Goto(bb20)
                    };
                    { // bb30
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        _21 = Move(_2);
                        Goto(bb12)
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
fn resume_out_of_block__async_block_0(_1: &mut Coro_out_of_block__async_block_0, _2: &mut Context<'_>) -> Poll<Guard> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        {
            let RET: Poll<Guard>;
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
            let _21: ();
            let _22: u32;
            let _23: Guard;
            let _24: u32;
            let _25: &mut Coro_out_of_block__async_block_0;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_out_of_block__async_block_0_s0>;
            let _e2: *mut V_out_of_block__async_block_0_s0;
            let _e3: *mut ManuallyDrop<V_out_of_block__async_block_0_s0>;
            let _e4: *mut V_out_of_block__async_block_0_s0;
            let _e5: *mut ManuallyDrop<V_out_of_block__async_block_0_u1>;
            let _e6: *mut V_out_of_block__async_block_0_u1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _25 = _1;
                        _e0 = Discriminant((*_25).u.tag.f);
                        _24 = _e0 as u32;
                        match Move(_24) { 0 => bb1, 1 => bb17, 3 => bb16, _ => bb8 }
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
                        _e1 = &raw mut (*_25).u.s0;
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
                        _e3 = &raw mut (*_25).u.s0;
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
                        (*_25).u.tag.f = Tag_out_of_block__async_block_0::V3;
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
                        StorageLive(_22);
                        _22 = (*_25).u.u0.f;
                        Call(_21 = observe(Move(_22)), ReturnTo(bb12), UnwindUnreachable())
                    };
                    { // bb11
                        StorageDead(_20);
                        _2 = Move(_19);
                        StorageDead(_19);
                        _7 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        StorageDead(_22);
                        StorageDead(_21);
                        _e5 = &raw mut (*_25).u.u1;
                        _e6 = CastPtrToPtr(_e5);
                        _23 = Move((*_e6).f);
                        Goto(bb15)
                    };
                    { // bb13
                        RET = Poll::<Guard>::Ready(Move(_23));
                        (*_25).u.tag.f = Tag_out_of_block__async_block_0::V1;
                        Return()
                    };
                    { // bb14
                        Goto(bb13)
                    };
                    { // bb15
                        Goto(bb14)
                    };
                    { // bb16
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        _19 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb17
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb17_panic, _ => bb17 }
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
fn drop_into_block__async_block_0(_1: *mut Coro_into_block__async_block_0) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Cleanup;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: Guard;
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
            let _22: ();
            let _23: u32;
            let _24: u32;
            let _25: u32;
            let _26: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_into_block__async_block_0_s0>;
            let _e2: *mut V_into_block__async_block_0_s0;
            let _e3: *mut ManuallyDrop<V_into_block__async_block_0_u0>;
            let _e4: *mut V_into_block__async_block_0_u0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _26 = _e0 as u32;
                        match Move(_26) { 0 => bb7, 3 => bb11, _ => bb12 }
                    };
                    { // bb1
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_5);
                        StorageDead(_4);
                        _e1 = &raw mut (*_1).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        Goto(bb5)
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb3)
                    };
                    { // bb5
                        Goto(bb4)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        Goto(bb10)
                    };
                    { // bb8
                        UnwindResume()
                    };
                    { // bb9
                        Goto(bb6)
                    };
                    { // bb10
                        _e3 = &raw mut (*_1).u.u0;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb9), UnwindUnreachable())
                    };
                    { // bb11
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        Goto(bb1)
                    };
                    { // bb12
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
fn drop_into_block(_1: *mut Coro_into_block) -> () {
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
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: Guard;
            let _5: u32;
            let _6: Coro_into_block__async_block_0;
            let _7: Coro_into_block__async_block_0;
            let _8: Coro_into_block__async_block_0;
            let _9: Coro_into_block__async_block_0;
            let _10: ();
            let _11: ();
            let _12: Poll<u32>;
            let _13: Pin<&mut Coro_into_block__async_block_0>;
            let _14: &mut Coro_into_block__async_block_0;
            let _15: &mut Coro_into_block__async_block_0;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: u32;
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_into_block_s0>;
            let _e2: *mut V_into_block_s0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _25 = _e0 as u32;
                        match Move(_25) { 0 => bb8, 3 => bb11, _ => bb12 }
                    };
                    { // bb1
                        StorageDead(_23);
                        StorageDead(_22);
                        _e1 = &raw mut (*_1).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_6);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_4);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_7);
                        StorageDead(_3);
                        Goto(bb9)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        Return()
                    };
                    { // bb8
                        Goto(bb10)
                    };
                    { // bb9
                        Goto(bb6)
                    };
                    { // bb10
                        Goto(bb7)
                    };
                    { // bb11
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_22);
                        StorageLive(_23);
                        Goto(bb1)
                    };
                    { // bb12
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
fn drop_out_of_block__async_block_0(_1: *mut Coro_out_of_block__async_block_0) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Cleanup;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Cleanup;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
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
            let _21: ();
            let _22: u32;
            let _23: Guard;
            let _24: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_out_of_block__async_block_0_u1>;
            let _e2: *mut V_out_of_block__async_block_0_u1;
            let _e3: *mut ManuallyDrop<V_out_of_block__async_block_0_u1>;
            let _e4: *mut V_out_of_block__async_block_0_u1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _24 = _e0 as u32;
                        match Move(_24) { 0 => bb4, 3 => bb11, _ => bb12 }
                    };
                    { // bb1
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageDead(_4);
                        StorageDead(_3);
                        Goto(bb7)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb10)
                    };
                    { // bb5
                        Unreachable()
                    };
                    { // bb6
                        Goto(bb2)
                    };
                    { // bb7
                        _e1 = &raw mut (*_1).u.u1;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb6), UnwindUnreachable())
                    };
                    { // bb8
                        UnwindResume()
                    };
                    { // bb9
                        Goto(bb3)
                    };
                    { // bb10
                        _e3 = &raw mut (*_1).u.u1;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb9), UnwindUnreachable())
                    };
                    { // bb11
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        Goto(bb1)
                    };
                    { // bb12
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
fn drop_out_of_block(_1: *mut Coro_out_of_block) -> () {
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
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: Guard;
            let _5: Guard;
            let _6: Coro_out_of_block__async_block_0;
            let _7: Coro_out_of_block__async_block_0;
            let _8: Coro_out_of_block__async_block_0;
            let _9: ();
            let _10: ();
            let _11: Poll<Guard>;
            let _12: Pin<&mut Coro_out_of_block__async_block_0>;
            let _13: &mut Coro_out_of_block__async_block_0;
            let _14: &mut Coro_out_of_block__async_block_0;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: Guard;
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: ();
            let _24: isize;
            let _25: isize;
            let _26: isize;
            let _27: isize;
            let _28: isize;
            let _29: isize;
            let _30: u32;
            let _31: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_out_of_block_s1>;
            let _e2: *mut V_out_of_block_s1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _31 = _e0 as u32;
                        match Move(_31) { 0 => bb9, 3 => bb12, _ => bb13 }
                    };
                    { // bb1
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb2)
                    };
                    { // bb2
                        _e1 = &raw mut (*_1).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_6);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_5);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageDead(_4);
                        Goto(bb10)
                    };
                    { // bb7
                        Return()
                    };
                    { // bb8
                        Return()
                    };
                    { // bb9
                        Goto(bb11)
                    };
                    { // bb10
                        Goto(bb7)
                    };
                    { // bb11
                        Goto(bb8)
                    };
                    { // bb12
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        Goto(bb1)
                    };
                    { // bb13
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
pub fn root_into_block(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(into_block(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_out_of_block(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(out_of_block(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
