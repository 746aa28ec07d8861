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

// send: async fn at 4:1; size 4, align 1, tag u8 at 0
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_send { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_send_tag { _p: [u8; 0], f: Tag_send }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_send_u0 { _p: [u8; 1], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_send_u0, f) == 1);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_send_s0 { _p: [u8; 2], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_send_s0, f) == 2);
#[repr(C)]
struct V_send_s1 { _p: [u8; 3], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_send_s1, f) == 3);
#[repr(C)]
union U_send {
    tag: V_send_tag,
    u0: V_send_u0,
    s0: V_send_s0,
    s1: ManuallyDrop<V_send_s1>,
    size: [u8; 4],
}
#[repr(C, align(1))]
struct Coro_send { u: U_send, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_send>() == 4 && core::mem::align_of::<Coro_send>() == 1);
impl Future for Coro_send {
    type Output = u8;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u8> {
        resume_send(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_send {
    #[inline(always)]
    fn drop(&mut self) {
        drop_send(self)
    }
}

// dispatch: async fn at 13:1; size 6, align 1, tag u8 at 0
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_dispatch { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_dispatch_tag { _p: [u8; 0], f: Tag_dispatch }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_dispatch_u0 { _p: [u8; 1], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_dispatch_u0, f) == 1);
#[repr(C)]
struct V_dispatch_s0 { _p: [u8; 2], f: Coro_send }
const _: () = assert!(core::mem::offset_of!(V_dispatch_s0, f) == 2);
#[repr(C)]
union U_dispatch {
    tag: V_dispatch_tag,
    u0: V_dispatch_u0,
    s0: ManuallyDrop<V_dispatch_s0>,
    size: [u8; 6],
}
#[repr(C, align(1))]
struct Coro_dispatch { u: U_dispatch, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_dispatch>() == 6 && core::mem::align_of::<Coro_dispatch>() == 1);
impl Future for Coro_dispatch {
    type Output = u8;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u8> {
        resume_dispatch(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_dispatch {
    #[inline(always)]
    fn drop(&mut self) {
        drop_dispatch(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn send(_1: u8) -> Coro_send {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_send;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_send::V0;
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
fn resume_send(_1: &mut Coro_send, _2: &mut Context<'_>) -> Poll<u8> {
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
        {
            let RET: Poll<u8>;
            let _3: u8;
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
            let _22: u8;
            let _23: u32;
            let _24: &mut Coro_send;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_send_s1>;
            let _e2: *mut V_send_s1;
            let _e3: *mut ManuallyDrop<V_send_s1>;
            let _e4: *mut V_send_s1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _24 = _1;
                        _e0 = Discriminant((*_24).u.tag.f);
                        _23 = _e0 as u32;
                        match Move(_23) { 0 => bb1, 3 => bb21, _ => bb8 }
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
                        (*_24).u.tag.f = Tag_send::V3;
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
                        _22 = (*_24).u.s0.f;
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
                        RET = Poll::<u8>::Ready(Move(_22));
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
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn wrap(_1: u8) -> Coro_send {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        {
            let RET: Coro_send;
            let _2: u8;
            let _3: u8;
            let _4: Coro_send;
            let _5: Coro_send;
            let _6: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _2 = _1;
                        Goto(bb1)
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = _2;
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        _6 = _3;
                        Call(_5 = send(Move(_6)), ReturnTo(bb2), UnwindContinue())
                    };
                    { // bb2
                        StorageDead(_6);
                        Call(_4 = <Coro_send as IntoFuture>::into_future(Move(_5)), ReturnTo(bb3), UnwindContinue())
                    };
                    { // bb3
                        StorageDead(_5);
                        RET = Move(_4);
                        Goto(bb4)
                    };
                    { // bb4
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn dispatch(_1: u8) -> Coro_dispatch {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_dispatch;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_dispatch::V0;
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
fn resume_dispatch(_1: &mut Coro_dispatch, _2: &mut Context<'_>) -> Poll<u8> {
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
        let bb36 = BasicBlock::Normal;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Normal;
        {
            let RET: Poll<u8>;
            let _3: u8;
            let _4: Coro_send;
            let _5: Coro_send;
            let _6: Coro_send;
            let _7: ();
            let _8: ();
            let _9: Poll<u8>;
            let _10: Pin<&mut Coro_send>;
            let _11: &mut Coro_send;
            let _12: &mut Coro_send;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: u8;
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: Coro_send;
            let _22: Coro_send;
            let _23: Coro_send;
            let _24: ();
            let _25: Poll<u8>;
            let _26: Pin<&mut Coro_send>;
            let _27: &mut Coro_send;
            let _28: &mut Coro_send;
            let _29: &mut Context<'_>;
            let _30: &mut Context<'_>;
            let _31: &mut Context<'_>;
            let _32: isize;
            let _33: u8;
            let _34: !;
            let _35: &mut Context<'_>;
            let _36: ();
            let _37: Coro_send;
            let _38: Coro_send;
            let _39: Coro_send;
            let _40: ();
            let _41: Poll<u8>;
            let _42: Pin<&mut Coro_send>;
            let _43: &mut Coro_send;
            let _44: &mut Coro_send;
            let _45: &mut Context<'_>;
            let _46: &mut Context<'_>;
            let _47: &mut Context<'_>;
            let _48: isize;
            let _49: u8;
            let _50: !;
            let _51: &mut Context<'_>;
            let _52: ();
            let _53: u8;
            let _54: u32;
            let _55: &mut Coro_dispatch;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_dispatch_s0>;
            let _e2: *mut V_dispatch_s0;
            let _e3: *mut ManuallyDrop<V_dispatch_s0>;
            let _e4: *mut V_dispatch_s0;
            let _e5: *mut ManuallyDrop<V_dispatch_s0>;
            let _e6: *mut V_dispatch_s0;
            let _e7: *mut ManuallyDrop<V_dispatch_s0>;
            let _e8: *mut V_dispatch_s0;
            let _e9: *mut ManuallyDrop<V_dispatch_s0>;
            let _e10: *mut V_dispatch_s0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _55 = _1;
                        _e0 = Discriminant((*_55).u.tag.f);
                        _54 = _e0 as u32;
                        match Move(_54) { 0 => bb1, 2 => bb39, 3 => bb38, _ => bb11 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_55).u.u0.f;
                        match _3 { 0 => bb4, 1 => bb3, _ => bb2 }
                    };
                    { // bb2
                        StorageLive(_37);
                        StorageLive(_38);
                        Call(_38 = wrap(3_u8), ReturnTo(bb19), UnwindCleanup(bb24))
                    };
                    { // bb3
                        StorageLive(_21);
                        StorageLive(_22);
                        Call(_22 = wrap(2_u8), ReturnTo(bb17), UnwindCleanup(bb26))
                    };
                    { // bb4
                        StorageLive(_4);
                        StorageLive(_5);
                        Call(_5 = wrap(1_u8), ReturnTo(bb5), UnwindCleanup(bb32))
                    };
                    { // bb5
                        Call(_4 = <Coro_send as IntoFuture>::into_future(Move(_5)), ReturnTo(bb6), UnwindCleanup(bb31))
                    };
                    { // bb6
                        StorageDead(_5);
                        _e1 = &raw mut (*_55).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_4);
                        Goto(bb7)
                    };
                    { // bb7
                        (*_55).u.tag.f = Tag_dispatch::V3;
                        StorageLive(_8);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        _e3 = &raw mut (*_55).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        _12 = &mut (*_e4).f;
                        _11 = &mut (*_12);
                        Call(_10 = Pin::<&mut Coro_send>::new_unchecked(Move(_11)), ReturnTo(bb8), UnwindCleanup(bb28))
                    };
                    { // bb8
                        StorageDead(_11);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _15 = _2;
                        _14 = Move(_15);
                        Goto(bb9)
                    };
                    { // bb9
                        _13 = &mut (*_14);
                        StorageDead(_15);
                        Call(RET = <Coro_send as Future>::poll(Move(_10), Move(_13)), ReturnTo(bb10), UnwindCleanup(bb27))
                    };
                    { // bb10
                        StorageDead(_13);
                        StorageDead(_10);
                        _16 = Discriminant(RET);
                        match Move(_16) { 0 => bb13, 1 => bb12, _ => bb11 }
                    };
                    { // bb11
                        Unreachable()
                    };
                    { // bb12
                        _8 = ();
                        StorageDead(_14);
                        StorageDead(_12);
                        StorageDead(_8);
                        StorageLive(_19);
                        StorageLive(_20);
                        _20 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_4);
                        StorageDead(_19);
                        StorageDead(_20);
                        Return()
                    };
                    { // bb13
                        StorageLive(_17);
                        _17 = place!(Field::<u8>(Variant(RET, 0), 0));
                        _53 = _17;
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_12);
                        StorageDead(_8);
                        Goto(bb15)
                    };
                    { // bb14
                        StorageDead(_20);
                        _2 = Move(_19);
                        StorageDead(_19);
                        _7 = ();
                        Goto(bb7)
                    };
                    { // bb15
                        Goto(bb16)
                    };
                    { // bb16
                        StorageDead(_4);
                        Goto(bb21)
                    };
                    { // bb17
                        Call(_21 = <Coro_send as IntoFuture>::into_future(Move(_22)), ReturnTo(bb18), UnwindCleanup(bb25))
                    };
                    { // bb18
                        StorageDead(_22);
                        _e5 = &raw mut (*_55).u.s0;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_21);
                        Goto(bb7)
                    };
                    { // bb19
                        Call(_37 = <Coro_send as IntoFuture>::into_future(Move(_38)), ReturnTo(bb20), UnwindCleanup(bb23))
                    };
                    { // bb20
                        StorageDead(_38);
                        _e7 = &raw mut (*_55).u.s0;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f = Move(_37);
                        Goto(bb7)
                    };
                    { // bb21
                        StorageDead(_3);
                        Goto(bb36)
                    };
                    { // bb22
                        Return()
                    };
                    { // bb23
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_38);
                        Goto(bb33)
                    };
                    { // bb25
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_22);
                        Goto(bb33)
                    };
                    { // bb27
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_14);
                        Goto(bb29)
                    };
                    { // bb28
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_12);
                        StorageDead(_8);
                        _e9 = &raw mut (*_55).u.s0;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb30), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb30
                        Goto(bb33)
                    };
                    { // bb31
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_5);
                        Goto(bb33)
                    };
                    { // bb33
                        StorageDead(_4);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_3);
                        Goto(bb35)
                    };
                    { // bb35
                        Goto(bb37)
                    };
                    { // bb36
                        Goto(bb22)
                    };
                    { // bb37
                        (*_55).u.tag.f = Tag_dispatch::V2;
                        UnwindResume()
                    };
                    { // bb38
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        _19 = Move(_2);
                        Goto(bb14)
                    };
                    { // bb39
                        SetDiscriminant(RET, 1);
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
fn drop_send(_1: *mut Coro_send) -> () {
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
            let _3: u8;
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
            let _22: u8;
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
fn drop_dispatch(_1: *mut Coro_dispatch) -> () {
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
            let _3: u8;
            let _4: Coro_send;
            let _5: Coro_send;
            let _6: Coro_send;
            let _7: ();
            let _8: ();
            let _9: Poll<u8>;
            let _10: Pin<&mut Coro_send>;
            let _11: &mut Coro_send;
            let _12: &mut Coro_send;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: u8;
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: Coro_send;
            let _22: Coro_send;
            let _23: Coro_send;
            let _24: ();
            let _25: Poll<u8>;
            let _26: Pin<&mut Coro_send>;
            let _27: &mut Coro_send;
            let _28: &mut Coro_send;
            let _29: &mut Context<'_>;
            let _30: &mut Context<'_>;
            let _31: &mut Context<'_>;
            let _32: isize;
            let _33: u8;
            let _34: !;
            let _35: &mut Context<'_>;
            let _36: ();
            let _37: Coro_send;
            let _38: Coro_send;
            let _39: Coro_send;
            let _40: ();
            let _41: Poll<u8>;
            let _42: Pin<&mut Coro_send>;
            let _43: &mut Coro_send;
            let _44: &mut Coro_send;
            let _45: &mut Context<'_>;
            let _46: &mut Context<'_>;
            let _47: &mut Context<'_>;
            let _48: isize;
            let _49: u8;
            let _50: !;
            let _51: &mut Context<'_>;
            let _52: ();
            let _53: u8;
            let _54: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_dispatch_s0>;
            let _e2: *mut V_dispatch_s0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _54 = _e0 as u32;
                        match Move(_54) { 0 => bb11, 3 => bb14, _ => bb15 }
                    };
                    { // bb1
                        StorageDead(_20);
                        StorageDead(_19);
                        _e1 = &raw mut (*_1).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb7))
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_4);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_3);
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
                        StorageDead(_4);
                        Goto(bb9)
                    };
                    { // bb9
                        StorageDead(_3);
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
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
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
pub fn root_dispatch(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(dispatch(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
