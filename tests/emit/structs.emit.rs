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

struct Inner { x: u8, flag: bool }
const _: () = assert!(core::mem::size_of::<Inner>() == 2 && core::mem::align_of::<Inner>() == 1
    && core::mem::offset_of!(Inner, x) == 1
    && core::mem::offset_of!(Inner, flag) == 0);
struct Outer { id: u16, inner: Inner, g: Guard }
const _: () = assert!(core::mem::size_of::<Outer>() == 8 && core::mem::align_of::<Outer>() == 4
    && core::mem::offset_of!(Outer, id) == 4
    && core::mem::offset_of!(Outer, inner) == 6
    && core::mem::offset_of!(Outer, g) == 0);
struct Pair(Guard, u64);
const _: () = assert!(core::mem::size_of::<Pair>() == 16 && core::mem::align_of::<Pair>() == 8
    && core::mem::offset_of!(Pair, 0) == 8
    && core::mem::offset_of!(Pair, 1) == 0);
struct Unit;
const _: () = assert!(core::mem::size_of::<Unit>() == 0 && core::mem::align_of::<Unit>() == 1);
// take: async fn at 11:1; size 56, align 8, tag u8 at 48
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_take { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_take_tag { _p: [u8; 48], f: Tag_take }
#[repr(C)]
struct V_take_u0 { _p: [u8; 0], f: Outer }
const _: () = assert!(core::mem::offset_of!(V_take_u0, f) == 0);
#[repr(C)]
struct V_take_u1 { _p: [u8; 8], f: Pair }
const _: () = assert!(core::mem::offset_of!(V_take_u1, f) == 8);
#[repr(C)]
struct V_take_u2 { _p: [u8; 49], f: Unit }
const _: () = assert!(core::mem::offset_of!(V_take_u2, f) == 49);
#[repr(C)]
struct V_take_s0 { _p: [u8; 24], f: Outer }
const _: () = assert!(core::mem::offset_of!(V_take_s0, f) == 24);
#[repr(C)]
struct V_take_s1 { _p: [u8; 32], f: Pair }
const _: () = assert!(core::mem::offset_of!(V_take_s1, f) == 32);
#[repr(C)]
struct V_take_s2 { _p: [u8; 49], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_take_s2, f) == 49);
#[repr(C)]
union U_take {
    tag: V_take_tag,
    u0: ManuallyDrop<V_take_u0>,
    u1: ManuallyDrop<V_take_u1>,
    u2: ManuallyDrop<V_take_u2>,
    s0: ManuallyDrop<V_take_s0>,
    s1: ManuallyDrop<V_take_s1>,
    s2: ManuallyDrop<V_take_s2>,
    size: [u8; 56],
}
#[repr(C, align(8))]
struct Coro_take { u: U_take, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_take>() == 56 && core::mem::align_of::<Coro_take>() == 8);
impl Future for Coro_take {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_take(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_take {
    #[inline(always)]
    fn drop(&mut self) {
        drop_take(self)
    }
}

// make: async fn at 15:1; size 12, align 4, tag u8 at 9
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_make { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_make_tag { _p: [u8; 9], f: Tag_make }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_make_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_make_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_make_s0 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_make_s0, f) == 4);
#[repr(C)]
struct V_make_s1 { _p: [u8; 8], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_make_s1, f) == 8);
#[repr(C)]
union U_make {
    tag: V_make_tag,
    u0: V_make_u0,
    s0: V_make_s0,
    s1: ManuallyDrop<V_make_s1>,
    size: [u8; 12],
}
#[repr(C, align(4))]
struct Coro_make { u: U_make, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_make>() == 12 && core::mem::align_of::<Coro_make>() == 4);
impl Future for Coro_make {
    type Output = Inner;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Inner> {
        resume_make(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_make {
    #[inline(always)]
    fn drop(&mut self) {
        drop_make(self)
    }
}

// fields: async fn at 19:1; size 48, align 8, tag u8 at 31
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_fields { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_fields_tag { _p: [u8; 31], f: Tag_fields }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_fields_u0 { _p: [u8; 24], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_fields_u0, f) == 24);
#[repr(C)]
struct V_fields_s0 { _p: [u8; 16], f: Outer }
const _: () = assert!(core::mem::offset_of!(V_fields_s0, f) == 16);
#[repr(C)]
struct V_fields_s1 { _p: [u8; 0], f: Pair }
const _: () = assert!(core::mem::offset_of!(V_fields_s1, f) == 0);
#[repr(C)]
struct V_fields_s2 { _p: [u8; 28], f: Inner }
const _: () = assert!(core::mem::offset_of!(V_fields_s2, f) == 28);
#[repr(C)]
struct V_fields_s3 { _p: [u8; 32], f: Coro_make }
const _: () = assert!(core::mem::offset_of!(V_fields_s3, f) == 32);
#[repr(C)]
struct V_fields_s4 { _p: [u8; 36], f: Guard }
const _: () = assert!(core::mem::offset_of!(V_fields_s4, f) == 36);
#[repr(C)]
struct V_fields_s5 { _p: [u8; 32], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_fields_s5, f) == 32);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_fields_s6 { _p: [u8; 30], f: bool }
const _: () = assert!(core::mem::offset_of!(V_fields_s6, f) == 30);
#[repr(C)]
union U_fields {
    tag: V_fields_tag,
    u0: V_fields_u0,
    s0: ManuallyDrop<V_fields_s0>,
    s1: ManuallyDrop<V_fields_s1>,
    s2: ManuallyDrop<V_fields_s2>,
    s3: ManuallyDrop<V_fields_s3>,
    s4: ManuallyDrop<V_fields_s4>,
    s5: ManuallyDrop<V_fields_s5>,
    s6: V_fields_s6,
    size: [u8; 48],
}
#[repr(C, align(8))]
struct Coro_fields { u: U_fields, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_fields>() == 48 && core::mem::align_of::<Coro_fields>() == 8);
impl Future for Coro_fields {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_fields(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_fields {
    #[inline(always)]
    fn drop(&mut self) {
        drop_fields(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn take(_1: Outer, _2: Pair, _3: Unit) -> Coro_take {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        {
            let RET: Coro_take;
            let _e0: *mut ManuallyDrop<V_take_u0>;
            let _e1: *mut V_take_u0;
            let _e2: *mut ManuallyDrop<V_take_u1>;
            let _e3: *mut V_take_u1;
            let _e4: *mut ManuallyDrop<V_take_u2>;
            let _e5: *mut V_take_u2;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = &raw mut RET.u.u0;
                        _e1 = CastPtrToPtr(_e0);
                        _e2 = &raw mut RET.u.u1;
                        _e3 = CastPtrToPtr(_e2);
                        _e4 = &raw mut RET.u.u2;
                        _e5 = CastPtrToPtr(_e4);
                        RET.u.tag.f = Tag_take::V0;
                        (*_e1).f = Move(_1);
                        (*_e3).f = Move(_2);
                        (*_e5).f = Move(_3);
                        Goto(bb1)
                    };
                    { // bb1
                        Goto(bb2)
                    };
                    { // bb2
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
fn resume_take(_1: &mut Coro_take, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Cleanup;
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Cleanup;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Normal;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Normal;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Normal;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Normal;
        let bb10_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb33_panic = BasicBlock::Normal;
        let bb34_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: Outer;
            let _4: Pair;
            let _5: Unit;
            let _6: ();
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: YieldNow;
            let _10: ();
            let _11: ();
            let _12: Poll<()>;
            let _13: Pin<&mut YieldNow>;
            let _14: &mut YieldNow;
            let _15: &mut YieldNow;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: ();
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: u16;
            let _26: u32;
            let _27: u64;
            let _28: (u32, bool);
            let _29: u32;
            let _30: u32;
            let _31: &mut Coro_take;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_take_s0>;
            let _e2: *mut V_take_s0;
            let _e3: *mut ManuallyDrop<V_take_u0>;
            let _e4: *mut V_take_u0;
            let _e5: *mut ManuallyDrop<V_take_s1>;
            let _e6: *mut V_take_s1;
            let _e7: *mut ManuallyDrop<V_take_u1>;
            let _e8: *mut V_take_u1;
            let _e9: *mut ManuallyDrop<V_take_u2>;
            let _e10: *mut V_take_u2;
            let _e11: *mut ManuallyDrop<V_take_s2>;
            let _e12: *mut V_take_s2;
            let _e13: *mut ManuallyDrop<V_take_s2>;
            let _e14: *mut V_take_s2;
            let _e15: *mut ManuallyDrop<V_take_s0>;
            let _e16: *mut V_take_s0;
            let _e17: *mut ManuallyDrop<V_take_s1>;
            let _e18: *mut V_take_s1;
            let _e19: *mut ManuallyDrop<V_take_s1>;
            let _e20: *mut V_take_s1;
            let _e21: *mut ManuallyDrop<V_take_s0>;
            let _e22: *mut V_take_s0;
            let _e23: *mut ManuallyDrop<V_take_s1>;
            let _e24: *mut V_take_s1;
            let _e25: *mut ManuallyDrop<V_take_s0>;
            let _e26: *mut V_take_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _31 = _1;
                        _e0 = Discriminant((*_31).u.tag.f);
                        _30 = _e0 as u32;
                        match Move(_30) { 0 => bb1, 1 => bb34, 2 => bb33, 3 => bb32, _ => bb8 }
                    };
                    { // bb1
                        _e1 = &raw mut (*_31).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        _e3 = &raw mut (*_31).u.u0;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e2).f = Move((*_e4).f);
                        _e5 = &raw mut (*_31).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        _e7 = &raw mut (*_31).u.u1;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e6).f = Move((*_e8).f);
                        StorageLive(_5);
                        _e9 = &raw mut (*_31).u.u2;
                        _e10 = CastPtrToPtr(_e9);
                        _5 = Move((*_e10).f);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_8);
                        Call(_8 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb20))
                    };
                    { // bb2
                        Call(_7 = <YieldNow as IntoFuture>::into_future(Move(_8)), ReturnTo(bb3), UnwindCleanup(bb20))
                    };
                    { // bb3
                        StorageDead(_8);
                        _e11 = &raw mut (*_31).u.s2;
                        _e12 = CastPtrToPtr(_e11);
                        (*_e12).f = Move(_7);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _e13 = &raw mut (*_31).u.s2;
                        _e14 = CastPtrToPtr(_e13);
                        _15 = &mut (*_e14).f;
                        _14 = &mut (*_15);
                        Call(_13 = Pin::<&mut YieldNow>::new_unchecked(Move(_14)), ReturnTo(bb5), UnwindCleanup(bb18))
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
                        Call(_12 = <YieldNow as Future>::poll(Move(_13), Move(_16)), ReturnTo(bb7), UnwindCleanup(bb17))
                    };
                    { // bb7
                        StorageDead(_16);
                        StorageDead(_13);
                        _19 = Discriminant(_12);
                        match Move(_19) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _11 = ();
                        StorageDead(_17);
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_11);
                        StorageLive(_22);
                        StorageLive(_23);
                        _23 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_5);
                        StorageDead(_6);
                        StorageDead(_7);
                        StorageDead(_22);
                        StorageDead(_23);
                        (*_31).u.tag.f = Tag_take::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_20);
                        _20 = place!(Field::<()>(Variant(_12, 0), 0));
                        _6 = _20;
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_11);
                        StorageDead(_7);
                        StorageDead(_6);
                        StorageLive(_24);
                        StorageLive(_25);
                        _e15 = &raw mut (*_31).u.s0;
                        _e16 = CastPtrToPtr(_e15);
                        _25 = (*_e16).f.id;
                        _24 = Move(_25) as u32;
                        StorageDead(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        _e17 = &raw mut (*_31).u.s1;
                        _e18 = CastPtrToPtr(_e17);
                        _27 = (*_e18).f.1;
                        _26 = Move(_27) as u32;
                        StorageDead(_27);
                        _28 = Checked(_24 + _26);
                        match Move(_28.1) { false => bb12, _ => bb10_panic }
                    };
                    { // bb11
                        StorageDead(_23);
                        _2 = Move(_22);
                        StorageDead(_22);
                        _10 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        _29 = Move(_28.0);
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_5);
                        _e19 = &raw mut (*_31).u.s1;
                        _e20 = CastPtrToPtr(_e19);
                        Drop((*_e20).f, ReturnTo(bb13), UnwindCleanup(bb23))
                    };
                    { // bb13
                        _e21 = &raw mut (*_31).u.s0;
                        _e22 = CastPtrToPtr(_e21);
                        Drop((*_e22).f, ReturnTo(bb14), UnwindCleanup(bb24))
                    };
                    { // bb14
                        Goto(bb28)
                    };
                    { // bb15
                        RET = Poll::<u32>::Ready(Move(_29));
                        (*_31).u.tag.f = Tag_take::V1;
                        Return()
                    };
                    { // bb16
                        StorageDead(_26);
                        StorageDead(_24);
                        Goto(bb22)
                    };
                    { // bb17
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_17);
                        Goto(bb19)
                    };
                    { // bb18
                        StorageDead(_14);
                        StorageDead(_13);
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_11);
                        Goto(bb21)
                    };
                    { // bb20
                        StorageDead(_8);
                        Goto(bb21)
                    };
                    { // bb21
                        StorageDead(_7);
                        StorageDead(_6);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_5);
                        _e23 = &raw mut (*_31).u.s1;
                        _e24 = CastPtrToPtr(_e23);
                        Drop((*_e24).f, ReturnTo(bb23), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb23
                        _e25 = &raw mut (*_31).u.s0;
                        _e26 = CastPtrToPtr(_e25);
                        Drop((*_e26).f, ReturnTo(bb24), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb24
                        Goto(bb30)
                    };
                    { // bb25
                        Goto(bb31)
                    };
                    { // bb26
                        Goto(bb15)
                    };
                    { // bb27
                        Goto(bb26)
                    };
                    { // bb28
                        Goto(bb27)
                    };
                    { // bb29
                        Goto(bb25)
                    };
                    { // bb30
                        Goto(bb29)
                    };
                    { // bb31
                        (*_31).u.tag.f = Tag_take::V2;
                        UnwindResume()
                    };
                    { // bb32
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_22);
                        StorageLive(_23);
                        _22 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb33
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb33_panic, _ => bb33 }
                    };
                    { // bb34
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb34_panic, _ => bb34 }
                    };
                    { // bb10_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb16))
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
fn make(_1: u32) -> Coro_make {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_make;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_make::V0;
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
fn resume_make(_1: &mut Coro_make, _2: &mut Context<'_>) -> Poll<Inner> {
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
            let RET: Poll<Inner>;
            let _3: u32;
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
            let _22: bool;
            let _23: u32;
            let _24: Inner;
            let _25: u32;
            let _26: &mut Coro_make;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_make_s1>;
            let _e2: *mut V_make_s1;
            let _e3: *mut ManuallyDrop<V_make_s1>;
            let _e4: *mut V_make_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _26 = _1;
                        _e0 = Discriminant((*_26).u.tag.f);
                        _25 = _e0 as u32;
                        match Move(_25) { 0 => bb1, 1 => bb23, 2 => bb22, 3 => bb21, _ => bb8 }
                    };
                    { // bb1
                        (*_26).u.s0.f = (*_26).u.u0.f;
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
                        _e1 = &raw mut (*_26).u.s1;
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
                        _e3 = &raw mut (*_26).u.s1;
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
                        (*_26).u.tag.f = Tag_make::V3;
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
                        _23 = (*_26).u.s0.f;
                        _22 = Move(_23) > 2_u32;
                        StorageDead(_23);
                        _24 = Inner { x: 3_u8, flag: Move(_22) };
                        StorageDead(_22);
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
                        RET = Poll::<Inner>::Ready(Move(_24));
                        (*_26).u.tag.f = Tag_make::V1;
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
                        (*_26).u.tag.f = Tag_make::V2;
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
fn fields(_1: u32) -> Coro_fields {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_fields;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_fields::V0;
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
fn resume_fields(_1: &mut Coro_fields, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb63 = BasicBlock::Normal;
        let bb64 = BasicBlock::Normal;
        let bb65 = BasicBlock::Cleanup;
        let bb66 = BasicBlock::Cleanup;
        let bb67 = BasicBlock::Cleanup;
        let bb68 = BasicBlock::Normal;
        let bb69 = BasicBlock::Cleanup;
        let bb70 = BasicBlock::Normal;
        let bb71 = BasicBlock::Normal;
        let bb72 = BasicBlock::Normal;
        let bb73 = BasicBlock::Normal;
        let bb5_panic = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb72_panic = BasicBlock::Normal;
        let bb73_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Outer;
            let _5: Inner;
            let _6: Guard;
            let _7: u32;
            let _8: Pair;
            let _9: Guard;
            let _10: u16;
            let _11: (u16, bool);
            let _12: Inner;
            let _13: Coro_make;
            let _14: Coro_make;
            let _15: u32;
            let _16: Coro_make;
            let _17: ();
            let _18: ();
            let _19: Poll<Inner>;
            let _20: Pin<&mut Coro_make>;
            let _21: &mut Coro_make;
            let _22: &mut Coro_make;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: isize;
            let _27: Inner;
            let _28: !;
            let _29: &mut Context<'_>;
            let _30: ();
            let _31: Guard;
            let _32: ();
            let _33: YieldNow;
            let _34: YieldNow;
            let _35: YieldNow;
            let _36: ();
            let _37: Poll<()>;
            let _38: Pin<&mut YieldNow>;
            let _39: &mut YieldNow;
            let _40: &mut YieldNow;
            let _41: &mut Context<'_>;
            let _42: &mut Context<'_>;
            let _43: &mut Context<'_>;
            let _44: isize;
            let _45: ();
            let _46: !;
            let _47: &mut Context<'_>;
            let _48: ();
            let _49: ();
            let _50: bool;
            let _51: ();
            let _52: u32;
            let _53: u64;
            let _54: u32;
            let _55: u8;
            let _56: u32;
            let _57: u8;
            let _58: (u32, bool);
            let _59: bool;
            let _60: u32;
            let _61: u32;
            let _62: &mut Coro_fields;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_fields_s0>;
            let _e2: *mut V_fields_s0;
            let _e3: *mut ManuallyDrop<V_fields_s1>;
            let _e4: *mut V_fields_s1;
            let _e5: *mut ManuallyDrop<V_fields_s0>;
            let _e6: *mut V_fields_s0;
            let _e7: *mut ManuallyDrop<V_fields_s0>;
            let _e8: *mut V_fields_s0;
            let _e9: *mut ManuallyDrop<V_fields_s3>;
            let _e10: *mut V_fields_s3;
            let _e11: *mut ManuallyDrop<V_fields_s3>;
            let _e12: *mut V_fields_s3;
            let _e13: *mut ManuallyDrop<V_fields_s2>;
            let _e14: *mut V_fields_s2;
            let _e15: *mut ManuallyDrop<V_fields_s3>;
            let _e16: *mut V_fields_s3;
            let _e17: *mut ManuallyDrop<V_fields_s4>;
            let _e18: *mut V_fields_s4;
            let _e19: *mut ManuallyDrop<V_fields_s0>;
            let _e20: *mut V_fields_s0;
            let _e21: *mut ManuallyDrop<V_fields_s5>;
            let _e22: *mut V_fields_s5;
            let _e23: *mut ManuallyDrop<V_fields_s5>;
            let _e24: *mut V_fields_s5;
            let _e25: *mut ManuallyDrop<V_fields_s2>;
            let _e26: *mut V_fields_s2;
            let _e27: *mut ManuallyDrop<V_fields_s1>;
            let _e28: *mut V_fields_s1;
            let _e29: *mut ManuallyDrop<V_fields_s0>;
            let _e30: *mut V_fields_s0;
            let _e31: *mut ManuallyDrop<V_fields_s2>;
            let _e32: *mut V_fields_s2;
            let _e33: *mut ManuallyDrop<V_fields_s4>;
            let _e34: *mut V_fields_s4;
            let _e35: *mut ManuallyDrop<V_fields_s1>;
            let _e36: *mut V_fields_s1;
            let _e37: *mut ManuallyDrop<V_fields_s4>;
            let _e38: *mut V_fields_s4;
            let _e39: *mut ManuallyDrop<V_fields_s3>;
            let _e40: *mut V_fields_s3;
            let _e41: *mut ManuallyDrop<V_fields_s1>;
            let _e42: *mut V_fields_s1;
            let _e43: *mut ManuallyDrop<V_fields_s0>;
            let _e44: *mut V_fields_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _62 = _1;
                        _e0 = Discriminant((*_62).u.tag.f);
                        _61 = _e0 as u32;
                        match Move(_61) { 0 => bb1, 1 => bb73, 2 => bb72, 3 => bb70, 4 => bb71, _ => bb13 }
                    };
                    { // bb1
                        (*_62).u.s6.f = false;
                        StorageLive(_3);
                        _3 = (*_62).u.u0.f;
                        StorageLive(_5);
                        _5 = Inner { x: 9_u8, flag: true };
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = _3;
                        Call(_6 = guard(Move(_7)), ReturnTo(bb2), UnwindCleanup(bb59))
                    };
                    { // bb2
                        StorageDead(_7);
                        (*_62).u.s6.f = true;
                        _e1 = &raw mut (*_62).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Outer { id: 4_u16, inner: Move(_5), g: Move(_6) };
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_6);
                        StorageDead(_5);
                        StorageLive(_9);
                        Call(_9 = guard(2_u32), ReturnTo(bb4), UnwindCleanup(bb57))
                    };
                    { // bb4
                        _e3 = &raw mut (*_62).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Pair { 0: Move(_9), 1: 7_u64 };
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_9);
                        StorageLive(_10);
                        _e5 = &raw mut (*_62).u.s0;
                        _e6 = CastPtrToPtr(_e5);
                        _10 = (*_e6).f.id;
                        _11 = Checked(_10 + 1_u16);
                        match Move(_11.1) { false => bb6, _ => bb5_panic }
                    };
                    { // bb6
                        _e7 = &raw mut (*_62).u.s0;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f.id = Move(_11.0);
                        StorageDead(_10);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _15 = _3;
                        Call(_14 = make(Move(_15)), ReturnTo(bb7), UnwindCleanup(bb51))
                    };
                    { // bb7
                        StorageDead(_15);
                        Call(_13 = <Coro_make as IntoFuture>::into_future(Move(_14)), ReturnTo(bb8), UnwindCleanup(bb50))
                    };
                    { // bb8
                        StorageDead(_14);
                        _e9 = &raw mut (*_62).u.s3;
                        _e10 = CastPtrToPtr(_e9);
                        (*_e10).f = Move(_13);
                        Goto(bb9)
                    };
                    { // bb9
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        _e11 = &raw mut (*_62).u.s3;
                        _e12 = CastPtrToPtr(_e11);
                        _22 = &mut (*_e12).f;
                        _21 = &mut (*_22);
                        Call(_20 = Pin::<&mut Coro_make>::new_unchecked(Move(_21)), ReturnTo(bb10), UnwindCleanup(bb47))
                    };
                    { // bb10
                        StorageDead(_21);
                        StorageLive(_23);
                        StorageLive(_24);
                        StorageLive(_25);
                        _25 = _2;
                        _24 = Move(_25);
                        Goto(bb11)
                    };
                    { // bb11
                        _23 = &mut (*_24);
                        StorageDead(_25);
                        Call(_19 = <Coro_make as Future>::poll(Move(_20), Move(_23)), ReturnTo(bb12), UnwindCleanup(bb46))
                    };
                    { // bb12
                        StorageDead(_23);
                        StorageDead(_20);
                        _26 = Discriminant(_19);
                        match Move(_26) { 0 => bb15, 1 => bb14, _ => bb13 }
                    };
                    { // bb13
                        Unreachable()
                    };
                    { // bb14
                        _18 = ();
                        StorageDead(_24);
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        StorageLive(_29);
                        StorageLive(_30);
                        _30 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_13);
                        StorageDead(_29);
                        StorageDead(_30);
                        (*_62).u.tag.f = Tag_fields::V3;
                        Return()
                    };
                    { // bb15
                        StorageLive(_27);
                        _27 = Move(place!(Field::<Inner>(Variant(_19, 0), 0)));
                        _e13 = &raw mut (*_62).u.s2;
                        _e14 = CastPtrToPtr(_e13);
                        (*_e14).f = Move(_27);
                        StorageDead(_27);
                        StorageDead(_24);
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        _e15 = &raw mut (*_62).u.s3;
                        _e16 = CastPtrToPtr(_e15);
                        Drop((*_e16).f, ReturnTo(bb17), UnwindCleanup(bb49))
                    };
                    { // bb16
                        StorageDead(_30);
                        _2 = Move(_29);
                        StorageDead(_29);
                        _17 = ();
                        Goto(bb9)
                    };
                    { // bb17
                        Goto(bb18)
                    };
                    { // bb18
                        StorageDead(_13);
                        (*_62).u.s6.f = false;
                        _e17 = &raw mut (*_62).u.s4;
                        _e18 = CastPtrToPtr(_e17);
                        _e19 = &raw mut (*_62).u.s0;
                        _e20 = CastPtrToPtr(_e19);
                        (*_e18).f = Move((*_e20).f.g);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        Call(_34 = yield_now(), ReturnTo(bb19), UnwindCleanup(bb42))
                    };
                    { // bb19
                        Call(_33 = <YieldNow as IntoFuture>::into_future(Move(_34)), ReturnTo(bb20), UnwindCleanup(bb42))
                    };
                    { // bb20
                        StorageDead(_34);
                        _e21 = &raw mut (*_62).u.s5;
                        _e22 = CastPtrToPtr(_e21);
                        (*_e22).f = Move(_33);
                        Goto(bb21)
                    };
                    { // bb21
                        StorageLive(_36);
                        StorageLive(_37);
                        StorageLive(_38);
                        StorageLive(_39);
                        StorageLive(_40);
                        _e23 = &raw mut (*_62).u.s5;
                        _e24 = CastPtrToPtr(_e23);
                        _40 = &mut (*_e24).f;
                        _39 = &mut (*_40);
                        Call(_38 = Pin::<&mut YieldNow>::new_unchecked(Move(_39)), ReturnTo(bb22), UnwindCleanup(bb40))
                    };
                    { // bb22
                        StorageDead(_39);
                        StorageLive(_41);
                        StorageLive(_42);
                        StorageLive(_43);
                        _43 = _2;
                        _42 = Move(_43);
                        Goto(bb23)
                    };
                    { // bb23
                        _41 = &mut (*_42);
                        StorageDead(_43);
                        Call(_37 = <YieldNow as Future>::poll(Move(_38), Move(_41)), ReturnTo(bb24), UnwindCleanup(bb39))
                    };
                    { // bb24
                        StorageDead(_41);
                        StorageDead(_38);
                        _44 = Discriminant(_37);
                        match Move(_44) { 0 => bb26, 1 => bb25, _ => bb13 }
                    };
                    { // bb25
                        _36 = ();
                        StorageDead(_42);
                        StorageDead(_40);
                        StorageDead(_37);
                        StorageDead(_36);
                        StorageLive(_47);
                        StorageLive(_48);
                        _48 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_32);
                        StorageDead(_33);
                        StorageDead(_47);
                        StorageDead(_48);
                        (*_62).u.tag.f = Tag_fields::V4;
                        Return()
                    };
                    { // bb26
                        StorageLive(_45);
                        _45 = place!(Field::<()>(Variant(_37, 0), 0));
                        _32 = _45;
                        StorageDead(_45);
                        StorageDead(_42);
                        StorageDead(_40);
                        StorageDead(_37);
                        StorageDead(_36);
                        StorageDead(_33);
                        StorageDead(_32);
                        StorageLive(_49);
                        StorageLive(_50);
                        _e25 = &raw mut (*_62).u.s2;
                        _e26 = CastPtrToPtr(_e25);
                        _50 = (*_e26).f.flag;
                        match Move(_50) { false => bb29, _ => bb28 }
                    };
                    { // bb27
                        StorageDead(_48);
                        _2 = Move(_47);
                        StorageDead(_47);
                        _17 = ();
                        Goto(bb21)
                    };
                    { // bb28
                        StorageLive(_51);
                        StorageLive(_52);
                        StorageLive(_53);
                        _e27 = &raw mut (*_62).u.s1;
                        _e28 = CastPtrToPtr(_e27);
                        _53 = (*_e28).f.1;
                        _52 = Move(_53) as u32;
                        StorageDead(_53);
                        Call(_51 = observe(Move(_52)), ReturnTo(bb30), UnwindCleanup(bb38))
                    };
                    { // bb29
                        _49 = ();
                        Goto(bb31)
                    };
                    { // bb30
                        StorageDead(_52);
                        StorageDead(_51);
                        _49 = ();
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_50);
                        StorageDead(_49);
                        StorageLive(_54);
                        StorageLive(_55);
                        _e29 = &raw mut (*_62).u.s0;
                        _e30 = CastPtrToPtr(_e29);
                        _55 = (*_e30).f.inner.x;
                        _54 = Move(_55) as u32;
                        StorageDead(_55);
                        StorageLive(_56);
                        StorageLive(_57);
                        _e31 = &raw mut (*_62).u.s2;
                        _e32 = CastPtrToPtr(_e31);
                        _57 = (*_e32).f.x;
                        _56 = Move(_57) as u32;
                        StorageDead(_57);
                        _58 = Checked(_54 + _56);
                        match Move(_58.1) { false => bb32, _ => bb31_panic }
                    };
                    { // bb32
                        _60 = Move(_58.0);
                        StorageDead(_56);
                        StorageDead(_54);
                        _e33 = &raw mut (*_62).u.s4;
                        _e34 = CastPtrToPtr(_e33);
                        Drop((*_e34).f, ReturnTo(bb33), UnwindCleanup(bb45))
                    };
                    { // bb33
                        _e35 = &raw mut (*_62).u.s1;
                        _e36 = CastPtrToPtr(_e35);
                        Drop((*_e36).f, ReturnTo(bb34), UnwindCleanup(bb58))
                    };
                    { // bb34
                        Goto(bb64)
                    };
                    { // bb35
                        (*_62).u.s6.f = false;
                        StorageDead(_3);
                        Goto(bb68)
                    };
                    { // bb36
                        RET = Poll::<u32>::Ready(Move(_60));
                        (*_62).u.tag.f = Tag_fields::V1;
                        Return()
                    };
                    { // bb37
                        StorageDead(_56);
                        StorageDead(_54);
                        Goto(bb44)
                    };
                    { // bb38
                        StorageDead(_52);
                        StorageDead(_51);
                        StorageDead(_50);
                        StorageDead(_49);
                        Goto(bb44)
                    };
                    { // bb39
                        StorageDead(_41);
                        StorageDead(_38);
                        StorageDead(_42);
                        Goto(bb41)
                    };
                    { // bb40
                        StorageDead(_39);
                        StorageDead(_38);
                        Goto(bb41)
                    };
                    { // bb41
                        StorageDead(_40);
                        StorageDead(_37);
                        StorageDead(_36);
                        Goto(bb43)
                    };
                    { // bb42
                        StorageDead(_34);
                        Goto(bb43)
                    };
                    { // bb43
                        StorageDead(_33);
                        StorageDead(_32);
                        Goto(bb44)
                    };
                    { // bb44
                        _e37 = &raw mut (*_62).u.s4;
                        _e38 = CastPtrToPtr(_e37);
                        Drop((*_e38).f, ReturnTo(bb45), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb45
                        Goto(bb54)
                    };
                    { // bb46
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_24);
                        Goto(bb48)
                    };
                    { // bb47
                        StorageDead(_21);
                        StorageDead(_20);
                        Goto(bb48)
                    };
                    { // bb48
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        _e39 = &raw mut (*_62).u.s3;
                        _e40 = CastPtrToPtr(_e39);
                        Drop((*_e40).f, ReturnTo(bb49), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb49
                        Goto(bb53)
                    };
                    { // bb50
                        Goto(bb52)
                    };
                    { // bb51
                        StorageDead(_15);
                        Goto(bb52)
                    };
                    { // bb52
                        StorageDead(_14);
                        Goto(bb53)
                    };
                    { // bb53
                        StorageDead(_13);
                        Goto(bb54)
                    };
                    { // bb54
                        Goto(bb56)
                    };
                    { // bb55
                        StorageDead(_10);
                        Goto(bb56)
                    };
                    { // bb56
                        _e41 = &raw mut (*_62).u.s1;
                        _e42 = CastPtrToPtr(_e41);
                        Drop((*_e42).f, ReturnTo(bb58), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb57
                        StorageDead(_9);
                        Goto(bb58)
                    };
                    { // bb58
                        Goto(bb65)
                    };
                    { // bb59
                        StorageDead(_7);
                        Goto(bb60)
                    };
                    { // bb60
                        StorageDead(_6);
                        StorageDead(_5);
                        Goto(bb61)
                    };
                    { // bb61
                        (*_62).u.s6.f = false;
                        StorageDead(_3);
                        Goto(bb62)
                    };
                    { // bb62
                        Goto(bb69)
                    };
                    { // bb63
                        Goto(bb35)
                    };
                    { // bb64
                        Goto(bb63)
                    };
                    { // bb65
                        Goto(bb67)
                    };
                    { // bb66
                        _e43 = &raw mut (*_62).u.s0;
                        _e44 = CastPtrToPtr(_e43);
                        Drop((*_e44).f.g, ReturnTo(bb61), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb67
                        match (*_62).u.s6.f { false => bb61, _ => bb66 }
                    };
                    { // bb68
                        Goto(bb36)
                    };
                    { // bb69
                        (*_62).u.tag.f = Tag_fields::V2;
                        UnwindResume()
                    };
                    { // bb70
                        StorageLive(_3);
                        StorageLive(_13);
                        StorageLive(_29);
                        StorageLive(_30);
                        _29 = Move(_2);
                        Goto(bb16)
                    };
                    { // bb71
                        StorageLive(_3);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_47);
                        StorageLive(_48);
                        _47 = Move(_2);
                        Goto(bb27)
                    };
                    { // bb72
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb72_panic, _ => bb72 }
                    };
                    { // bb73
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb73_panic, _ => bb73 }
                    };
                    { // bb5_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb55))
                    };
                    { // bb31_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb37))
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
fn drop_take(_1: *mut Coro_take) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Cleanup;
        let bb6 = BasicBlock::Cleanup;
        let bb7 = BasicBlock::Cleanup;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Cleanup;
        let bb12 = BasicBlock::Cleanup;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: Outer;
            let _4: Pair;
            let _5: Unit;
            let _6: ();
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: YieldNow;
            let _10: ();
            let _11: ();
            let _12: Poll<()>;
            let _13: Pin<&mut YieldNow>;
            let _14: &mut YieldNow;
            let _15: &mut YieldNow;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: ();
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: u16;
            let _26: u32;
            let _27: u64;
            let _28: (u32, bool);
            let _29: u32;
            let _30: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_take_s1>;
            let _e2: *mut V_take_s1;
            let _e3: *mut ManuallyDrop<V_take_s0>;
            let _e4: *mut V_take_s0;
            let _e5: *mut ManuallyDrop<V_take_s0>;
            let _e6: *mut V_take_s0;
            let _e7: *mut ManuallyDrop<V_take_u1>;
            let _e8: *mut V_take_u1;
            let _e9: *mut ManuallyDrop<V_take_u1>;
            let _e10: *mut V_take_u1;
            let _e11: *mut ManuallyDrop<V_take_u0>;
            let _e12: *mut V_take_u0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _30 = _e0 as u32;
                        match Move(_30) { 0 => bb14, 3 => bb19, _ => bb20 }
                    };
                    { // bb1
                        StorageDead(_23);
                        StorageDead(_22);
                        StorageDead(_7);
                        StorageDead(_6);
                        StorageDead(_5);
                        _e1 = &raw mut (*_1).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb6))
                    };
                    { // bb2
                        _e3 = &raw mut (*_1).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb3), UnwindCleanup(bb7))
                    };
                    { // bb3
                        Goto(bb10)
                    };
                    { // bb4
                        Return()
                    };
                    { // bb5
                        UnwindResume()
                    };
                    { // bb6
                        _e5 = &raw mut (*_1).u.s0;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb7), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb7
                        Goto(bb12)
                    };
                    { // bb8
                        Goto(bb4)
                    };
                    { // bb9
                        Goto(bb8)
                    };
                    { // bb10
                        Goto(bb9)
                    };
                    { // bb11
                        Goto(bb5)
                    };
                    { // bb12
                        Goto(bb11)
                    };
                    { // bb13
                        Return()
                    };
                    { // bb14
                        Goto(bb18)
                    };
                    { // bb15
                        Goto(bb13)
                    };
                    { // bb16
                        _e7 = &raw mut (*_1).u.u1;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb5), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb17
                        _e9 = &raw mut (*_1).u.u1;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb15), UnwindCleanup(bb5))
                    };
                    { // bb18
                        _e11 = &raw mut (*_1).u.u0;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb17), UnwindCleanup(bb16))
                    };
                    { // bb19
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_22);
                        StorageLive(_23);
                        Goto(bb1)
                    };
                    { // bb20
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
fn drop_make(_1: *mut Coro_make) -> () {
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
            let _22: bool;
            let _23: u32;
            let _24: Inner;
            let _25: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _25 = _e0 as u32;
                        match Move(_25) { 0 => bb4, 3 => bb7, _ => bb8 }
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
fn drop_fields(_1: *mut Coro_fields) -> () {
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
        let bb10 = BasicBlock::Cleanup;
        let bb11 = BasicBlock::Cleanup;
        let bb12 = BasicBlock::Cleanup;
        let bb13 = BasicBlock::Cleanup;
        let bb14 = BasicBlock::Cleanup;
        let bb15 = BasicBlock::Cleanup;
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Normal;
        let bb25 = BasicBlock::Normal;
        let bb26 = BasicBlock::Normal;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Normal;
        let bb29 = BasicBlock::Normal;
        let bb30 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: Outer;
            let _5: Inner;
            let _6: Guard;
            let _7: u32;
            let _8: Pair;
            let _9: Guard;
            let _10: u16;
            let _11: (u16, bool);
            let _12: Inner;
            let _13: Coro_make;
            let _14: Coro_make;
            let _15: u32;
            let _16: Coro_make;
            let _17: ();
            let _18: ();
            let _19: Poll<Inner>;
            let _20: Pin<&mut Coro_make>;
            let _21: &mut Coro_make;
            let _22: &mut Coro_make;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: isize;
            let _27: Inner;
            let _28: !;
            let _29: &mut Context<'_>;
            let _30: ();
            let _31: Guard;
            let _32: ();
            let _33: YieldNow;
            let _34: YieldNow;
            let _35: YieldNow;
            let _36: ();
            let _37: Poll<()>;
            let _38: Pin<&mut YieldNow>;
            let _39: &mut YieldNow;
            let _40: &mut YieldNow;
            let _41: &mut Context<'_>;
            let _42: &mut Context<'_>;
            let _43: &mut Context<'_>;
            let _44: isize;
            let _45: ();
            let _46: !;
            let _47: &mut Context<'_>;
            let _48: ();
            let _49: ();
            let _50: bool;
            let _51: ();
            let _52: u32;
            let _53: u64;
            let _54: u32;
            let _55: u8;
            let _56: u32;
            let _57: u8;
            let _58: (u32, bool);
            let _59: bool;
            let _60: u32;
            let _61: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_fields_s4>;
            let _e2: *mut V_fields_s4;
            let _e3: *mut ManuallyDrop<V_fields_s3>;
            let _e4: *mut V_fields_s3;
            let _e5: *mut ManuallyDrop<V_fields_s1>;
            let _e6: *mut V_fields_s1;
            let _e7: *mut ManuallyDrop<V_fields_s1>;
            let _e8: *mut V_fields_s1;
            let _e9: *mut ManuallyDrop<V_fields_s0>;
            let _e10: *mut V_fields_s0;
            let _e11: *mut ManuallyDrop<V_fields_s0>;
            let _e12: *mut V_fields_s0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _61 = _e0 as u32;
                        match Move(_61) { 0 => bb25, 3 => bb28, 4 => bb29, _ => bb30 }
                    };
                    { // bb1
                        StorageDead(_48);
                        StorageDead(_47);
                        StorageDead(_33);
                        StorageDead(_32);
                        _e1 = &raw mut (*_1).u.s4;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb11))
                    };
                    { // bb2
                        Goto(bb6)
                    };
                    { // bb3
                        StorageDead(_30);
                        StorageDead(_29);
                        _e3 = &raw mut (*_1).u.s3;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb4), UnwindCleanup(bb12))
                    };
                    { // bb4
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_13);
                        Goto(bb6)
                    };
                    { // bb6
                        _e5 = &raw mut (*_1).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb7), UnwindCleanup(bb15))
                    };
                    { // bb7
                        Goto(bb18)
                    };
                    { // bb8
                        (*_1).u.s6.f = false;
                        StorageDead(_3);
                        Goto(bb26)
                    };
                    { // bb9
                        Return()
                    };
                    { // bb10
                        UnwindResume()
                    };
                    { // bb11
                        Goto(bb14)
                    };
                    { // bb12
                        Goto(bb13)
                    };
                    { // bb13
                        StorageDead(_13);
                        Goto(bb14)
                    };
                    { // bb14
                        _e7 = &raw mut (*_1).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb15), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb15
                        Goto(bb21)
                    };
                    { // bb16
                        (*_1).u.s6.f = false;
                        StorageDead(_3);
                        Goto(bb10)
                    };
                    { // bb17
                        Goto(bb8)
                    };
                    { // bb18
                        Goto(bb20)
                    };
                    { // bb19
                        _e9 = &raw mut (*_1).u.s0;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f.g, ReturnTo(bb17), UnwindCleanup(bb16))
                    };
                    { // bb20
                        match (*_1).u.s6.f { false => bb17, _ => bb19 }
                    };
                    { // bb21
                        Goto(bb23)
                    };
                    { // bb22
                        _e11 = &raw mut (*_1).u.s0;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f.g, ReturnTo(bb16), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb23
                        match (*_1).u.s6.f { false => bb16, _ => bb22 }
                    };
                    { // bb24
                        Return()
                    };
                    { // bb25
                        Goto(bb27)
                    };
                    { // bb26
                        Goto(bb9)
                    };
                    { // bb27
                        Goto(bb24)
                    };
                    { // bb28
                        StorageLive(_3);
                        StorageLive(_13);
                        StorageLive(_29);
                        StorageLive(_30);
                        Goto(bb3)
                    };
                    { // bb29
                        StorageLive(_3);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_47);
                        StorageLive(_48);
                        Goto(bb1)
                    };
                    { // bb30
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
pub fn root_take(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(take(core::hint::black_box(Outer { id: 0, inner: Inner { x: 0, flag: false }, g: guard(0) }), core::hint::black_box(Pair { 0: guard(0), 1: 0 }), core::hint::black_box(Unit {})));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_fields(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(fields(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
