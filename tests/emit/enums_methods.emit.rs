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

struct Port { base: u32, g: Guard }
const _: () = assert!(core::mem::size_of::<Port>() == 8 && core::mem::align_of::<Port>() == 4
    && core::mem::offset_of!(Port, base) == 0
    && core::mem::offset_of!(Port, g) == 4);
enum Msg { Idle, Data(u32, Guard), Cfg { rate: u16, on: u8 } }
const _: () = assert!(core::mem::size_of::<Msg>() == 12 && core::mem::align_of::<Msg>() == 4
    && core::mem::offset_of!(Msg, Data.0) == 4
    && core::mem::offset_of!(Msg, Data.1) == 8
    && core::mem::offset_of!(Msg, Cfg.rate) == 2
    && core::mem::offset_of!(Msg, Cfg.on) == 1);
// Port::wait_base: async fn at 19:5; size 24, align 8, tag u8 at 17
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_Port__wait_base { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_Port__wait_base_tag { _p: [u8; 17], f: Tag_Port__wait_base }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_Port__wait_base_u0 { _p: [u8; 8], f: &'static Port }
const _: () = assert!(core::mem::offset_of!(V_Port__wait_base_u0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_Port__wait_base_s0 { _p: [u8; 0], f: &'static Port }
const _: () = assert!(core::mem::offset_of!(V_Port__wait_base_s0, f) == 0);
#[repr(C)]
struct V_Port__wait_base_s1 { _p: [u8; 16], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_Port__wait_base_s1, f) == 16);
#[repr(C)]
union U_Port__wait_base {
    tag: V_Port__wait_base_tag,
    u0: V_Port__wait_base_u0,
    s0: V_Port__wait_base_s0,
    s1: ManuallyDrop<V_Port__wait_base_s1>,
    size: [u8; 24],
}
#[repr(C, align(8))]
struct Coro_Port__wait_base { u: U_Port__wait_base, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_Port__wait_base>() == 24 && core::mem::align_of::<Coro_Port__wait_base>() == 8);
impl Future for Coro_Port__wait_base {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_Port__wait_base(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_Port__wait_base {
    #[inline(always)]
    fn drop(&mut self) {
        drop_Port__wait_base(self)
    }
}

// <Port as Dev>::send: async fn at 25:5; size 64, align 8, tag u8 at 40
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag__Port_as_Dev___send { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V__Port_as_Dev___send_tag { _p: [u8; 40], f: Tag__Port_as_Dev___send }
#[repr(C)]
struct V__Port_as_Dev___send_u0 { _p: [u8; 0], f: &'static mut Port }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_u0, f) == 0);
#[repr(C)]
struct V__Port_as_Dev___send_u1 { _p: [u8; 16], f: Msg }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_u1, f) == 16);
#[repr(C)]
struct V__Port_as_Dev___send_s0 { _p: [u8; 8], f: &'static mut Port }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s0, f) == 8);
#[repr(C)]
struct V__Port_as_Dev___send_s1 { _p: [u8; 28], f: Msg }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s1, f) == 28);
#[repr(C)]
struct V__Port_as_Dev___send_s2 { _p: [u8; 48], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s2, f) == 48);
#[derive(Clone, Copy)]
#[repr(C)]
struct V__Port_as_Dev___send_s3 { _p: [u8; 52], f: u32 }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s3, f) == 52);
#[repr(C)]
struct V__Port_as_Dev___send_s4 { _p: [u8; 56], f: Guard }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s4, f) == 56);
#[repr(C)]
struct V__Port_as_Dev___send_s5 { _p: [u8; 48], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s5, f) == 48);
#[derive(Clone, Copy)]
#[repr(C)]
struct V__Port_as_Dev___send_s6 { _p: [u8; 41], f: bool }
const _: () = assert!(core::mem::offset_of!(V__Port_as_Dev___send_s6, f) == 41);
#[repr(C)]
union U__Port_as_Dev___send {
    tag: V__Port_as_Dev___send_tag,
    u0: ManuallyDrop<V__Port_as_Dev___send_u0>,
    u1: ManuallyDrop<V__Port_as_Dev___send_u1>,
    s0: ManuallyDrop<V__Port_as_Dev___send_s0>,
    s1: ManuallyDrop<V__Port_as_Dev___send_s1>,
    s2: ManuallyDrop<V__Port_as_Dev___send_s2>,
    s3: V__Port_as_Dev___send_s3,
    s4: ManuallyDrop<V__Port_as_Dev___send_s4>,
    s5: ManuallyDrop<V__Port_as_Dev___send_s5>,
    s6: V__Port_as_Dev___send_s6,
    size: [u8; 64],
}
#[repr(C, align(8))]
struct Coro__Port_as_Dev___send { u: U__Port_as_Dev___send, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro__Port_as_Dev___send>() == 64 && core::mem::align_of::<Coro__Port_as_Dev___send>() == 8);
impl Future for Coro__Port_as_Dev___send {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume__Port_as_Dev___send(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro__Port_as_Dev___send {
    #[inline(always)]
    fn drop(&mut self) {
        drop__Port_as_Dev___send(self)
    }
}

// drive: async fn at 40:1; size 80, align 8, tag u8 at 76
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_drive { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_drive_tag { _p: [u8; 76], f: Tag_drive }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_drive_u0 { _p: [u8; 72], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_drive_u0, f) == 72);
#[repr(C)]
struct V_drive_s0 { _p: [u8; 0], f: Port }
const _: () = assert!(core::mem::offset_of!(V_drive_s0, f) == 0);
#[repr(C)]
struct V_drive_s1 { _p: [u8; 8], f: Coro__Port_as_Dev___send }
const _: () = assert!(core::mem::offset_of!(V_drive_s1, f) == 8);
#[repr(C)]
union U_drive {
    tag: V_drive_tag,
    u0: V_drive_u0,
    s0: ManuallyDrop<V_drive_s0>,
    s1: ManuallyDrop<V_drive_s1>,
    size: [u8; 80],
}
#[repr(C, align(8))]
struct Coro_drive { u: U_drive, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_drive>() == 80 && core::mem::align_of::<Coro_drive>() == 8);
impl Future for Coro_drive {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_drive(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_drive {
    #[inline(always)]
    fn drop(&mut self) {
        drop_drive(self)
    }
}

// peek: async fn at 46:1; size 40, align 8, tag u8 at 33
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_peek { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_peek_tag { _p: [u8; 33], f: Tag_peek }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_peek_u0 { _p: [u8; 16], f: &'static u32 }
const _: () = assert!(core::mem::offset_of!(V_peek_u0, f) == 16);
#[repr(C)]
struct V_peek_u1 { _p: [u8; 24], f: &'static mut Port }
const _: () = assert!(core::mem::offset_of!(V_peek_u1, f) == 24);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_peek_s0 { _p: [u8; 0], f: &'static u32 }
const _: () = assert!(core::mem::offset_of!(V_peek_s0, f) == 0);
#[repr(C)]
struct V_peek_s1 { _p: [u8; 8], f: &'static mut Port }
const _: () = assert!(core::mem::offset_of!(V_peek_s1, f) == 8);
#[repr(C)]
struct V_peek_s2 { _p: [u8; 32], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_peek_s2, f) == 32);
#[repr(C)]
union U_peek {
    tag: V_peek_tag,
    u0: V_peek_u0,
    u1: ManuallyDrop<V_peek_u1>,
    s0: V_peek_s0,
    s1: ManuallyDrop<V_peek_s1>,
    s2: ManuallyDrop<V_peek_s2>,
    size: [u8; 40],
}
#[repr(C, align(8))]
struct Coro_peek { u: U_peek, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_peek>() == 40 && core::mem::align_of::<Coro_peek>() == 8);
impl Future for Coro_peek {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_peek(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_peek {
    #[inline(always)]
    fn drop(&mut self) {
        drop_peek(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn Port__new(_1: u32) -> Port {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        {
            let RET: Port;
            let _2: u32;
            let _3: Guard;
            let _4: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        _2 = _1;
                        StorageLive(_3);
                        StorageLive(_4);
                        _4 = _1;
                        Call(_3 = guard(Move(_4)), ReturnTo(bb1), UnwindContinue())
                    };
                    { // bb1
                        StorageDead(_4);
                        RET = Port { base: Move(_2), g: Move(_3) };
                        Goto(bb2)
                    };
                    { // bb2
                        StorageDead(_3);
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
fn Port__wait_base(_1: &Port) -> Coro_Port__wait_base {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_Port__wait_base;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_Port__wait_base::V0;
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
fn resume_Port__wait_base(_1: &mut Coro_Port__wait_base, _2: &mut Context<'_>) -> Poll<u32> {
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
            let _3: &Port;
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
            let _24: &mut Coro_Port__wait_base;
            let _25: &Port;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_Port__wait_base_s1>;
            let _e2: *mut V_Port__wait_base_s1;
            let _e3: *mut ManuallyDrop<V_Port__wait_base_s1>;
            let _e4: *mut V_Port__wait_base_s1;
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
                        (*_24).u.tag.f = Tag_Port__wait_base::V3;
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
                        _22 = (*_25).base;
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
                        (*_24).u.tag.f = Tag_Port__wait_base::V1;
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
                        (*_24).u.tag.f = Tag_Port__wait_base::V2;
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
fn _Port_as_Dev___send(_1: &mut Port, _2: Msg) -> Coro__Port_as_Dev___send {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        {
            let RET: Coro__Port_as_Dev___send;
            let _e0: *mut ManuallyDrop<V__Port_as_Dev___send_u0>;
            let _e1: *mut V__Port_as_Dev___send_u0;
            let _e2: *mut ManuallyDrop<V__Port_as_Dev___send_u1>;
            let _e3: *mut V__Port_as_Dev___send_u1;
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
                        RET.u.tag.f = Tag__Port_as_Dev___send::V0;
                        (*_e1).f = Move(_1);
                        (*_e3).f = Move(_2);
                        Goto(bb1)
                    };
                    { // bb1
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
fn resume__Port_as_Dev___send(_1: &mut Coro__Port_as_Dev___send, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb45 = BasicBlock::Normal;
        let bb46 = BasicBlock::Normal;
        let bb47 = BasicBlock::Normal;
        let bb48 = BasicBlock::Normal;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb51 = BasicBlock::Cleanup;
        let bb52 = BasicBlock::Cleanup;
        let bb53 = BasicBlock::Cleanup;
        let bb54 = BasicBlock::Cleanup;
        let bb55 = BasicBlock::Cleanup;
        let bb56 = BasicBlock::Cleanup;
        let bb57 = BasicBlock::Cleanup;
        let bb58 = BasicBlock::Normal;
        let bb59 = BasicBlock::Normal;
        let bb60 = BasicBlock::Normal;
        let bb61 = BasicBlock::Normal;
        let bb22_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb60_panic = BasicBlock::Normal;
        let bb61_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: &mut Port;
            let _4: Msg;
            let _5: ();
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: ();
            let _10: ();
            let _11: Poll<()>;
            let _12: Pin<&mut YieldNow>;
            let _13: &mut YieldNow;
            let _14: &mut YieldNow;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: ();
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: isize;
            let _24: u32;
            let _25: Guard;
            let _26: ();
            let _27: YieldNow;
            let _28: YieldNow;
            let _29: YieldNow;
            let _30: ();
            let _31: Poll<()>;
            let _32: Pin<&mut YieldNow>;
            let _33: &mut YieldNow;
            let _34: &mut YieldNow;
            let _35: &mut Context<'_>;
            let _36: &mut Context<'_>;
            let _37: &mut Context<'_>;
            let _38: isize;
            let _39: ();
            let _40: !;
            let _41: &mut Context<'_>;
            let _42: ();
            let _43: u32;
            let _44: (u32, bool);
            let _45: u16;
            let _46: u16;
            let _47: bool;
            let _48: bool;
            let _49: isize;
            let _50: isize;
            let _51: isize;
            let _52: isize;
            let _53: isize;
            let _54: isize;
            let _55: isize;
            let _56: u32;
            let _57: u32;
            let _58: &mut Coro__Port_as_Dev___send;
            let _59: &mut Port;
            let _60: &mut Port;
            let _61: &mut Port;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V__Port_as_Dev___send_s0>;
            let _e2: *mut V__Port_as_Dev___send_s0;
            let _e3: *mut ManuallyDrop<V__Port_as_Dev___send_u0>;
            let _e4: *mut V__Port_as_Dev___send_u0;
            let _e5: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e6: *mut V__Port_as_Dev___send_s1;
            let _e7: *mut ManuallyDrop<V__Port_as_Dev___send_u1>;
            let _e8: *mut V__Port_as_Dev___send_u1;
            let _e9: *mut ManuallyDrop<V__Port_as_Dev___send_s2>;
            let _e10: *mut V__Port_as_Dev___send_s2;
            let _e11: *mut ManuallyDrop<V__Port_as_Dev___send_s2>;
            let _e12: *mut V__Port_as_Dev___send_s2;
            let _e13: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e14: *mut V__Port_as_Dev___send_s1;
            let _e15: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e16: *mut V__Port_as_Dev___send_s1;
            let _e17: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e18: *mut V__Port_as_Dev___send_s1;
            let _e19: *mut ManuallyDrop<V__Port_as_Dev___send_s4>;
            let _e20: *mut V__Port_as_Dev___send_s4;
            let _e21: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e22: *mut V__Port_as_Dev___send_s1;
            let _e23: *mut ManuallyDrop<V__Port_as_Dev___send_s5>;
            let _e24: *mut V__Port_as_Dev___send_s5;
            let _e25: *mut ManuallyDrop<V__Port_as_Dev___send_s5>;
            let _e26: *mut V__Port_as_Dev___send_s5;
            let _e27: *mut ManuallyDrop<V__Port_as_Dev___send_s0>;
            let _e28: *mut V__Port_as_Dev___send_s0;
            let _e29: *mut ManuallyDrop<V__Port_as_Dev___send_s0>;
            let _e30: *mut V__Port_as_Dev___send_s0;
            let _e31: *mut ManuallyDrop<V__Port_as_Dev___send_s0>;
            let _e32: *mut V__Port_as_Dev___send_s0;
            let _e33: *mut ManuallyDrop<V__Port_as_Dev___send_s4>;
            let _e34: *mut V__Port_as_Dev___send_s4;
            let _e35: *mut ManuallyDrop<V__Port_as_Dev___send_s4>;
            let _e36: *mut V__Port_as_Dev___send_s4;
            let _e37: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e38: *mut V__Port_as_Dev___send_s1;
            let _e39: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e40: *mut V__Port_as_Dev___send_s1;
            let _e41: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e42: *mut V__Port_as_Dev___send_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _58 = _1;
                        _e0 = Discriminant((*_58).u.tag.f);
                        _57 = _e0 as u32;
                        match Move(_57) { 0 => bb1, 1 => bb61, 2 => bb60, 3 => bb58, 4 => bb59, _ => bb8 }
                    };
                    { // bb1
                        _47 = false;
                        (*_58).u.s6.f = false;
                        _e1 = &raw mut (*_58).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        _e3 = &raw mut (*_58).u.u0;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e2).f = Move((*_e4).f);
                        _47 = true;
                        (*_58).u.s6.f = true;
                        _e5 = &raw mut (*_58).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        _e7 = &raw mut (*_58).u.u1;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e6).f = Move((*_e8).f);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        Call(_7 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb40))
                    };
                    { // bb2
                        Call(_6 = <YieldNow as IntoFuture>::into_future(Move(_7)), ReturnTo(bb3), UnwindCleanup(bb40))
                    };
                    { // bb3
                        StorageDead(_7);
                        _e9 = &raw mut (*_58).u.s2;
                        _e10 = CastPtrToPtr(_e9);
                        (*_e10).f = Move(_6);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        _e11 = &raw mut (*_58).u.s2;
                        _e12 = CastPtrToPtr(_e11);
                        _14 = &mut (*_e12).f;
                        _13 = &mut (*_14);
                        Call(_12 = Pin::<&mut YieldNow>::new_unchecked(Move(_13)), ReturnTo(bb5), UnwindCleanup(bb38))
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
                        Call(_11 = <YieldNow as Future>::poll(Move(_12), Move(_15)), ReturnTo(bb7), UnwindCleanup(bb37))
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
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_5);
                        StorageDead(_6);
                        StorageDead(_21);
                        StorageDead(_22);
                        (*_58).u.tag.f = Tag__Port_as_Dev___send::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_19);
                        _19 = place!(Field::<()>(Variant(_11, 0), 0));
                        _5 = _19;
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageDead(_6);
                        StorageDead(_5);
                        _e13 = &raw mut (*_58).u.s1;
                        _e14 = CastPtrToPtr(_e13);
                        _23 = Discriminant((*_e14).f);
                        match Move(_23) { 0 => bb14, 1 => bb13, 2 => bb12, _ => bb8 }
                    };
                    { // bb11
                        StorageDead(_22);
                        _2 = Move(_21);
                        StorageDead(_21);
                        _9 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        StorageLive(_45);
                        _e15 = &raw mut (*_58).u.s1;
                        _e16 = CastPtrToPtr(_e15);
                        _45 = place!(Field::<u16>(Variant((*_e16).f, 2), 0));
                        StorageLive(_46);
                        _46 = _45;
                        _56 = Move(_46) as u32;
                        StorageDead(_46);
                        StorageDead(_45);
                        Goto(bb26)
                    };
                    { // bb13
                        _e17 = &raw mut (*_58).u.s1;
                        _e18 = CastPtrToPtr(_e17);
                        (*_58).u.s3.f = place!(Field::<u32>(Variant((*_e18).f, 1), 0));
                        (*_58).u.s6.f = false;
                        _e19 = &raw mut (*_58).u.s4;
                        _e20 = CastPtrToPtr(_e19);
                        _e21 = &raw mut (*_58).u.s1;
                        _e22 = CastPtrToPtr(_e21);
                        (*_e20).f = Move(place!(Field::<Guard>(Variant((*_e22).f, 1), 1)));
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_28);
                        Call(_28 = yield_now(), ReturnTo(bb15), UnwindCleanup(bb33))
                    };
                    { // bb14
                        _56 = 0_u32;
                        Goto(bb26)
                    };
                    { // bb15
                        Call(_27 = <YieldNow as IntoFuture>::into_future(Move(_28)), ReturnTo(bb16), UnwindCleanup(bb33))
                    };
                    { // bb16
                        StorageDead(_28);
                        _e23 = &raw mut (*_58).u.s5;
                        _e24 = CastPtrToPtr(_e23);
                        (*_e24).f = Move(_27);
                        Goto(bb17)
                    };
                    { // bb17
                        StorageLive(_30);
                        StorageLive(_31);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        _e25 = &raw mut (*_58).u.s5;
                        _e26 = CastPtrToPtr(_e25);
                        _34 = &mut (*_e26).f;
                        _33 = &mut (*_34);
                        Call(_32 = Pin::<&mut YieldNow>::new_unchecked(Move(_33)), ReturnTo(bb18), UnwindCleanup(bb31))
                    };
                    { // bb18
                        StorageDead(_33);
                        StorageLive(_35);
                        StorageLive(_36);
                        StorageLive(_37);
                        _37 = _2;
                        _36 = Move(_37);
                        Goto(bb19)
                    };
                    { // bb19
                        _35 = &mut (*_36);
                        StorageDead(_37);
                        Call(_31 = <YieldNow as Future>::poll(Move(_32), Move(_35)), ReturnTo(bb20), UnwindCleanup(bb30))
                    };
                    { // bb20
                        StorageDead(_35);
                        StorageDead(_32);
                        _38 = Discriminant(_31);
                        match Move(_38) { 0 => bb22, 1 => bb21, _ => bb8 }
                    };
                    { // bb21
                        _30 = ();
                        StorageDead(_36);
                        StorageDead(_34);
                        StorageDead(_31);
                        StorageDead(_30);
                        StorageLive(_41);
                        StorageLive(_42);
                        _42 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_26);
                        StorageDead(_27);
                        StorageDead(_41);
                        StorageDead(_42);
                        (*_58).u.tag.f = Tag__Port_as_Dev___send::V4;
                        Return()
                    };
                    { // bb22
                        StorageLive(_39);
                        _39 = place!(Field::<()>(Variant(_31, 0), 0));
                        _26 = _39;
                        StorageDead(_39);
                        StorageDead(_36);
                        StorageDead(_34);
                        StorageDead(_31);
                        StorageDead(_30);
                        StorageDead(_27);
                        StorageDead(_26);
                        StorageLive(_43);
                        _43 = (*_58).u.s3.f;
                        _e27 = &raw mut (*_58).u.s0;
                        _e28 = CastPtrToPtr(_e27);
                        _59 = (*_e28).f;
                        _44 = Checked((*_59).base + _43);
                        _e29 = &raw mut (*_58).u.s0;
                        _e30 = CastPtrToPtr(_e29);
                        _60 = (*_e30).f;
                        match Move(_44.1) { false => bb24, _ => bb22_panic }
                    };
                    { // bb23
                        StorageDead(_42);
                        _2 = Move(_41);
                        StorageDead(_41);
                        _9 = ();
                        Goto(bb17)
                    };
                    { // bb24
                        _e31 = &raw mut (*_58).u.s0;
                        _e32 = CastPtrToPtr(_e31);
                        _61 = (*_e32).f;
                        (*_61).base = Move(_44.0);
                        StorageDead(_43);
                        _56 = (*_58).u.s3.f;
                        _e33 = &raw mut (*_58).u.s4;
                        _e34 = CastPtrToPtr(_e33);
                        Drop((*_e34).f, ReturnTo(bb25), UnwindCleanup(bb36))
                    };
                    { // bb25
                        Goto(bb26)
                    };
                    { // bb26
                        Goto(bb48)
                    };
                    { // bb27
                        _47 = false;
                        (*_58).u.s6.f = false;
                        Goto(bb50)
                    };
                    { // bb28
                        RET = Poll::<u32>::Ready(Move(_56));
                        (*_58).u.tag.f = Tag__Port_as_Dev___send::V1;
                        Return()
                    };
                    { // bb29
                        StorageDead(_43);
                        Goto(bb35)
                    };
                    { // bb30
                        StorageDead(_35);
                        StorageDead(_32);
                        StorageDead(_36);
                        Goto(bb32)
                    };
                    { // bb31
                        StorageDead(_33);
                        StorageDead(_32);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_34);
                        StorageDead(_31);
                        StorageDead(_30);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_28);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_27);
                        StorageDead(_26);
                        Goto(bb35)
                    };
                    { // bb35
                        _e35 = &raw mut (*_58).u.s4;
                        _e36 = CastPtrToPtr(_e35);
                        Drop((*_e36).f, ReturnTo(bb36), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb36
                        Goto(bb42)
                    };
                    { // bb37
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_16);
                        Goto(bb39)
                    };
                    { // bb38
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb39)
                    };
                    { // bb39
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb41)
                    };
                    { // bb40
                        StorageDead(_7);
                        Goto(bb41)
                    };
                    { // bb41
                        StorageDead(_6);
                        StorageDead(_5);
                        Goto(bb42)
                    };
                    { // bb42
                        Goto(bb55)
                    };
                    { // bb43
                        _47 = false;
                        (*_58).u.s6.f = false;
                        Goto(bb56)
                    };
                    { // bb44
                        Goto(bb57)
                    };
                    { // bb45
                        Goto(bb27)
                    };
                    { // bb46
                        Goto(bb45)
                    };
                    { // bb47
                        Goto(bb45)
                    };
                    { // bb48
                        _e37 = &raw mut (*_58).u.s1;
                        _e38 = CastPtrToPtr(_e37);
                        _49 = Discriminant((*_e38).f);
                        match Move(_49) { 1 => bb46, _ => bb47 }
                    };
                    { // bb49
                        Goto(bb28)
                    };
                    { // bb50
                        Goto(bb49)
                    };
                    { // bb51
                        Goto(bb53)
                    };
                    { // bb52
                        _e39 = &raw mut (*_58).u.s1;
                        _e40 = CastPtrToPtr(_e39);
                        Drop(place!(Field::<Guard>(Variant((*_e40).f, 1), 1)), ReturnTo(bb43), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb53
                        match (*_58).u.s6.f { false => bb43, _ => bb52 }
                    };
                    { // bb54
                        Goto(bb43)
                    };
                    { // bb55
                        _e41 = &raw mut (*_58).u.s1;
                        _e42 = CastPtrToPtr(_e41);
                        _54 = Discriminant((*_e42).f);
                        match Move(_54) { 1 => bb51, _ => bb54 }
                    };
                    { // bb56
                        Goto(bb44)
                    };
                    { // bb57
                        (*_58).u.tag.f = Tag__Port_as_Dev___send::V2;
                        UnwindResume()
                    };
                    { // bb58
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        _21 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb59
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_41);
                        StorageLive(_42);
                        _41 = Move(_2);
                        Goto(bb23)
                    };
                    { // bb60
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb60_panic, _ => bb60 }
                    };
                    { // bb61
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb61_panic, _ => bb61 }
                    };
                    { // bb22_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb29))
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
fn _Port_as_Dev___id(_1: &Port) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET = (*_1).base;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn pick(_1: u32) -> Msg {
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
            let RET: Msg;
            let _2: bool;
            let _3: u32;
            let _4: bool;
            let _5: u32;
            let _6: u32;
            let _7: Guard;
            let _8: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_u32;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Msg::Idle {};
                        Goto(bb8)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        _5 = _1;
                        _4 = Move(_5) < 9_u32;
                        match Move(_4) { false => bb4, _ => bb3 }
                    };
                    { // bb3
                        StorageDead(_5);
                        RET = Msg::Cfg { rate: 3_u16, on: 1_u8 };
                        Goto(bb7)
                    };
                    { // bb4
                        StorageDead(_5);
                        StorageLive(_6);
                        _6 = _1;
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = _1;
                        Call(_7 = guard(Move(_8)), ReturnTo(bb5), UnwindContinue())
                    };
                    { // bb5
                        StorageDead(_8);
                        RET = Msg::Data { 0: Move(_6), 1: Move(_7) };
                        Goto(bb6)
                    };
                    { // bb6
                        StorageDead(_7);
                        StorageDead(_6);
                        Goto(bb7)
                    };
                    { // bb7
                        StorageDead(_4);
                        Goto(bb8)
                    };
                    { // bb8
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
fn drive(_1: u32) -> Coro_drive {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_drive;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_drive::V0;
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
fn resume_drive(_1: &mut Coro_drive, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Normal;
        let bb41 = BasicBlock::Normal;
        let bb42 = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb41_panic = BasicBlock::Normal;
        let bb42_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Port;
            let _5: u32;
            let _6: Msg;
            let _7: u32;
            let _8: u32;
            let _9: Coro__Port_as_Dev___send;
            let _10: Coro__Port_as_Dev___send;
            let _11: &mut Port;
            let _12: Msg;
            let _13: Coro__Port_as_Dev___send;
            let _14: ();
            let _15: ();
            let _16: Poll<u32>;
            let _17: Pin<&mut Coro__Port_as_Dev___send>;
            let _18: &mut Coro__Port_as_Dev___send;
            let _19: &mut Coro__Port_as_Dev___send;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: u32;
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: u32;
            let _29: u32;
            let _30: &Port;
            let _31: (u32, bool);
            let _32: u32;
            let _33: u32;
            let _34: &mut Coro_drive;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_drive_s0>;
            let _e2: *mut V_drive_s0;
            let _e3: *mut ManuallyDrop<V_drive_s0>;
            let _e4: *mut V_drive_s0;
            let _e5: *mut ManuallyDrop<V_drive_s1>;
            let _e6: *mut V_drive_s1;
            let _e7: *mut ManuallyDrop<V_drive_s1>;
            let _e8: *mut V_drive_s1;
            let _e9: *mut ManuallyDrop<V_drive_s1>;
            let _e10: *mut V_drive_s1;
            let _e11: *mut ManuallyDrop<V_drive_s0>;
            let _e12: *mut V_drive_s0;
            let _e13: *mut ManuallyDrop<V_drive_s0>;
            let _e14: *mut V_drive_s0;
            let _e15: *mut ManuallyDrop<V_drive_s1>;
            let _e16: *mut V_drive_s1;
            let _e17: *mut ManuallyDrop<V_drive_s0>;
            let _e18: *mut V_drive_s0;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _34 = _1;
                        _e0 = Discriminant((*_34).u.tag.f);
                        _33 = _e0 as u32;
                        match Move(_33) { 0 => bb1, 1 => bb42, 2 => bb41, 3 => bb40, _ => bb10 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_34).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        _e1 = &raw mut (*_34).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        Call((*_e2).f = Port__new(Move(_5)), ReturnTo(bb2), UnwindCleanup(bb35))
                    };
                    { // bb2
                        StorageDead(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = _3;
                        Call(_6 = pick(Move(_7)), ReturnTo(bb3), UnwindCleanup(bb33))
                    };
                    { // bb3
                        StorageDead(_7);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        _e3 = &raw mut (*_34).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        _11 = &mut (*_e4).f;
                        StorageLive(_12);
                        _12 = Move(_6);
                        Call(_10 = _Port_as_Dev___send(Move(_11), Move(_12)), ReturnTo(bb4), UnwindCleanup(bb28))
                    };
                    { // bb4
                        StorageDead(_12);
                        StorageDead(_11);
                        Call(_9 = <Coro__Port_as_Dev___send as IntoFuture>::into_future(Move(_10)), ReturnTo(bb5), UnwindCleanup(bb27))
                    };
                    { // bb5
                        StorageDead(_10);
                        _e5 = &raw mut (*_34).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_9);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        _e7 = &raw mut (*_34).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        _19 = &mut (*_e8).f;
                        _18 = &mut (*_19);
                        Call(_17 = Pin::<&mut Coro__Port_as_Dev___send>::new_unchecked(Move(_18)), ReturnTo(bb7), UnwindCleanup(bb24))
                    };
                    { // bb7
                        StorageDead(_18);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = _2;
                        _21 = Move(_22);
                        Goto(bb8)
                    };
                    { // bb8
                        _20 = &mut (*_21);
                        StorageDead(_22);
                        Call(_16 = <Coro__Port_as_Dev___send as Future>::poll(Move(_17), Move(_20)), ReturnTo(bb9), UnwindCleanup(bb23))
                    };
                    { // bb9
                        StorageDead(_20);
                        StorageDead(_17);
                        _23 = Discriminant(_16);
                        match Move(_23) { 0 => bb12, 1 => bb11, _ => bb10 }
                    };
                    { // bb10
                        Unreachable()
                    };
                    { // bb11
                        _15 = ();
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_6);
                        StorageDead(_8);
                        StorageDead(_9);
                        StorageDead(_26);
                        StorageDead(_27);
                        (*_34).u.tag.f = Tag_drive::V3;
                        Return()
                    };
                    { // bb12
                        StorageLive(_24);
                        _24 = place!(Field::<u32>(Variant(_16, 0), 0));
                        _8 = _24;
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        _e9 = &raw mut (*_34).u.s1;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb14), UnwindCleanup(bb26))
                    };
                    { // bb13
                        StorageDead(_27);
                        _2 = Move(_26);
                        StorageDead(_26);
                        _14 = ();
                        Goto(bb6)
                    };
                    { // bb14
                        Goto(bb15)
                    };
                    { // bb15
                        StorageDead(_9);
                        StorageLive(_28);
                        _28 = _8;
                        StorageLive(_29);
                        StorageLive(_30);
                        _e11 = &raw mut (*_34).u.s0;
                        _e12 = CastPtrToPtr(_e11);
                        _30 = &(*_e12).f;
                        Call(_29 = _Port_as_Dev___id(Move(_30)), ReturnTo(bb16), UnwindCleanup(bb21))
                    };
                    { // bb16
                        StorageDead(_30);
                        _31 = Checked(_28 + _29);
                        match Move(_31.1) { false => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _32 = Move(_31.0);
                        StorageDead(_29);
                        StorageDead(_28);
                        StorageDead(_8);
                        Goto(bb18)
                    };
                    { // bb18
                        StorageDead(_6);
                        _e13 = &raw mut (*_34).u.s0;
                        _e14 = CastPtrToPtr(_e13);
                        Drop((*_e14).f, ReturnTo(bb19), UnwindCleanup(bb36))
                    };
                    { // bb19
                        StorageDead(_3);
                        Goto(bb38)
                    };
                    { // bb20
                        RET = Poll::<u32>::Ready(Move(_32));
                        (*_34).u.tag.f = Tag_drive::V1;
                        Return()
                    };
                    { // bb21
                        StorageDead(_30);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_29);
                        StorageDead(_28);
                        Goto(bb32)
                    };
                    { // bb23
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_21);
                        Goto(bb25)
                    };
                    { // bb24
                        StorageDead(_18);
                        StorageDead(_17);
                        Goto(bb25)
                    };
                    { // bb25
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        _e15 = &raw mut (*_34).u.s1;
                        _e16 = CastPtrToPtr(_e15);
                        Drop((*_e16).f, ReturnTo(bb26), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb26
                        Goto(bb31)
                    };
                    { // bb27
                        Goto(bb30)
                    };
                    { // bb28
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_12);
                        StorageDead(_11);
                        Goto(bb30)
                    };
                    { // bb30
                        StorageDead(_10);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_9);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_8);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_7);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_6);
                        _e17 = &raw mut (*_34).u.s0;
                        _e18 = CastPtrToPtr(_e17);
                        Drop((*_e18).f, ReturnTo(bb36), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb35
                        StorageDead(_5);
                        Goto(bb36)
                    };
                    { // bb36
                        StorageDead(_3);
                        Goto(bb37)
                    };
                    { // bb37
                        Goto(bb39)
                    };
                    { // bb38
                        Goto(bb20)
                    };
                    { // bb39
                        (*_34).u.tag.f = Tag_drive::V2;
                        UnwindResume()
                    };
                    { // bb40
                        StorageLive(_3);
                        StorageLive(_6);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_26);
                        StorageLive(_27);
                        _26 = Move(_2);
                        Goto(bb13)
                    };
                    { // bb41
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb41_panic, _ => bb41 }
                    };
                    { // bb42
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb42_panic, _ => bb42 }
                    };
                    { // bb16_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb22))
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
fn peek(_1: &u32, _2: &mut Port) -> Coro_peek {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_peek;
            let _e0: *mut ManuallyDrop<V_peek_u1>;
            let _e1: *mut V_peek_u1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = &raw mut RET.u.u1;
                        _e1 = CastPtrToPtr(_e0);
                        RET.u.tag.f = Tag_peek::V0;
                        RET.u.u0.f = _1;
                        (*_e1).f = Move(_2);
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
fn resume_peek(_1: &mut Coro_peek, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb14 = BasicBlock::Cleanup;
        let bb15 = BasicBlock::Cleanup;
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Cleanup;
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Cleanup;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Normal;
        let bb25 = BasicBlock::Normal;
        let bb26 = BasicBlock::Normal;
        let bb10_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb25_panic = BasicBlock::Normal;
        let bb26_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: &u32;
            let _4: &mut Port;
            let _5: ();
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: ();
            let _10: ();
            let _11: Poll<()>;
            let _12: Pin<&mut YieldNow>;
            let _13: &mut YieldNow;
            let _14: &mut YieldNow;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: ();
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: u32;
            let _24: u32;
            let _25: (u32, bool);
            let _26: u32;
            let _27: u32;
            let _28: &mut Coro_peek;
            let _29: &u32;
            let _30: &mut Port;
            let _31: &u32;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_peek_s1>;
            let _e2: *mut V_peek_s1;
            let _e3: *mut ManuallyDrop<V_peek_u1>;
            let _e4: *mut V_peek_u1;
            let _e5: *mut ManuallyDrop<V_peek_s2>;
            let _e6: *mut V_peek_s2;
            let _e7: *mut ManuallyDrop<V_peek_s2>;
            let _e8: *mut V_peek_s2;
            let _e9: *mut ManuallyDrop<V_peek_s1>;
            let _e10: *mut V_peek_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _28 = _1;
                        _e0 = Discriminant((*_28).u.tag.f);
                        _27 = _e0 as u32;
                        match Move(_27) { 0 => bb1, 1 => bb26, 2 => bb25, 3 => bb24, _ => bb8 }
                    };
                    { // bb1
                        (*_28).u.s0.f = (*_28).u.u0.f;
                        _e1 = &raw mut (*_28).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        _e3 = &raw mut (*_28).u.u1;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e2).f = Move((*_e4).f);
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        Call(_7 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb18))
                    };
                    { // bb2
                        Call(_6 = <YieldNow as IntoFuture>::into_future(Move(_7)), ReturnTo(bb3), UnwindCleanup(bb18))
                    };
                    { // bb3
                        StorageDead(_7);
                        _e5 = &raw mut (*_28).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        (*_e6).f = Move(_6);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        _e7 = &raw mut (*_28).u.s2;
                        _e8 = CastPtrToPtr(_e7);
                        _14 = &mut (*_e8).f;
                        _13 = &mut (*_14);
                        Call(_12 = Pin::<&mut YieldNow>::new_unchecked(Move(_13)), ReturnTo(bb5), UnwindCleanup(bb16))
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
                        Call(_11 = <YieldNow as Future>::poll(Move(_12), Move(_15)), ReturnTo(bb7), UnwindCleanup(bb15))
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
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_5);
                        StorageDead(_6);
                        StorageDead(_21);
                        StorageDead(_22);
                        (*_28).u.tag.f = Tag_peek::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_19);
                        _19 = place!(Field::<()>(Variant(_11, 0), 0));
                        _5 = _19;
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageDead(_6);
                        StorageDead(_5);
                        StorageLive(_23);
                        _29 = (*_28).u.s0.f;
                        _23 = (*_29);
                        _e9 = &raw mut (*_28).u.s1;
                        _e10 = CastPtrToPtr(_e9);
                        _30 = (*_e10).f;
                        (*_30).base = Move(_23);
                        StorageDead(_23);
                        StorageLive(_24);
                        _31 = (*_28).u.s0.f;
                        _24 = (*_31);
                        _25 = Checked(_24 + 1_u32);
                        match Move(_25.1) { false => bb12, _ => bb10_panic }
                    };
                    { // bb11
                        StorageDead(_22);
                        _2 = Move(_21);
                        StorageDead(_21);
                        _9 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        _26 = Move(_25.0);
                        StorageDead(_24);
                        Goto(bb22)
                    };
                    { // bb13
                        RET = Poll::<u32>::Ready(Move(_26));
                        (*_28).u.tag.f = Tag_peek::V1;
                        Return()
                    };
                    { // bb14
                        StorageDead(_24);
                        Goto(bb20)
                    };
                    { // bb15
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_16);
                        Goto(bb17)
                    };
                    { // bb16
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb17)
                    };
                    { // bb17
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb19)
                    };
                    { // bb18
                        StorageDead(_7);
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_6);
                        StorageDead(_5);
                        Goto(bb20)
                    };
                    { // bb20
                        Goto(bb21)
                    };
                    { // bb21
                        Goto(bb23)
                    };
                    { // bb22
                        Goto(bb13)
                    };
                    { // bb23
                        (*_28).u.tag.f = Tag_peek::V2;
                        UnwindResume()
                    };
                    { // bb24
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        _21 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb25
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb25_panic, _ => bb25 }
                    };
                    { // bb26
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb26_panic, _ => bb26 }
                    };
                    { // bb10_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb14))
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
fn drop_Port__wait_base(_1: *mut Coro_Port__wait_base) -> () {
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
            let _3: &Port;
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
fn drop__Port_as_Dev___send(_1: *mut Coro__Port_as_Dev___send) -> () {
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
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Cleanup;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb24 = BasicBlock::Normal;
        let bb25 = BasicBlock::Normal;
        let bb26 = BasicBlock::Normal;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: &mut Port;
            let _4: Msg;
            let _5: ();
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: ();
            let _10: ();
            let _11: Poll<()>;
            let _12: Pin<&mut YieldNow>;
            let _13: &mut YieldNow;
            let _14: &mut YieldNow;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: ();
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: isize;
            let _24: u32;
            let _25: Guard;
            let _26: ();
            let _27: YieldNow;
            let _28: YieldNow;
            let _29: YieldNow;
            let _30: ();
            let _31: Poll<()>;
            let _32: Pin<&mut YieldNow>;
            let _33: &mut YieldNow;
            let _34: &mut YieldNow;
            let _35: &mut Context<'_>;
            let _36: &mut Context<'_>;
            let _37: &mut Context<'_>;
            let _38: isize;
            let _39: ();
            let _40: !;
            let _41: &mut Context<'_>;
            let _42: ();
            let _43: u32;
            let _44: (u32, bool);
            let _45: u16;
            let _46: u16;
            let _47: bool;
            let _48: bool;
            let _49: isize;
            let _50: isize;
            let _51: isize;
            let _52: isize;
            let _53: isize;
            let _54: isize;
            let _55: isize;
            let _56: u32;
            let _57: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V__Port_as_Dev___send_s4>;
            let _e2: *mut V__Port_as_Dev___send_s4;
            let _e3: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e4: *mut V__Port_as_Dev___send_s1;
            let _e5: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e6: *mut V__Port_as_Dev___send_s1;
            let _e7: *mut ManuallyDrop<V__Port_as_Dev___send_s1>;
            let _e8: *mut V__Port_as_Dev___send_s1;
            let _e9: *mut ManuallyDrop<V__Port_as_Dev___send_u1>;
            let _e10: *mut V__Port_as_Dev___send_u1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _57 = _e0 as u32;
                        match Move(_57) { 0 => bb23, 3 => bb26, 4 => bb27, _ => bb28 }
                    };
                    { // bb1
                        StorageDead(_42);
                        StorageDead(_41);
                        StorageDead(_27);
                        StorageDead(_26);
                        _e1 = &raw mut (*_1).u.s4;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb8))
                    };
                    { // bb2
                        Goto(bb4)
                    };
                    { // bb3
                        StorageDead(_22);
                        StorageDead(_21);
                        StorageDead(_6);
                        StorageDead(_5);
                        Goto(bb4)
                    };
                    { // bb4
                        Goto(bb15)
                    };
                    { // bb5
                        _47 = false;
                        (*_1).u.s6.f = false;
                        Goto(bb17)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        UnwindResume()
                    };
                    { // bb8
                        Goto(bb20)
                    };
                    { // bb9
                        _47 = false;
                        (*_1).u.s6.f = false;
                        Goto(bb21)
                    };
                    { // bb10
                        Goto(bb5)
                    };
                    { // bb11
                        Goto(bb13)
                    };
                    { // bb12
                        _e3 = &raw mut (*_1).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        Drop(place!(Field::<Guard>(Variant((*_e4).f, 1), 1)), ReturnTo(bb10), UnwindCleanup(bb9))
                    };
                    { // bb13
                        match (*_1).u.s6.f { false => bb10, _ => bb12 }
                    };
                    { // bb14
                        Goto(bb10)
                    };
                    { // bb15
                        _e5 = &raw mut (*_1).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        _52 = Discriminant((*_e6).f);
                        match Move(_52) { 1 => bb11, _ => bb14 }
                    };
                    { // bb16
                        Goto(bb6)
                    };
                    { // bb17
                        Goto(bb16)
                    };
                    { // bb18
                        Goto(bb9)
                    };
                    { // bb19
                        Goto(bb9)
                    };
                    { // bb20
                        _e7 = &raw mut (*_1).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        _55 = Discriminant((*_e8).f);
                        match Move(_55) { 1 => bb18, _ => bb19 }
                    };
                    { // bb21
                        Goto(bb7)
                    };
                    { // bb22
                        Return()
                    };
                    { // bb23
                        Goto(bb25)
                    };
                    { // bb24
                        Goto(bb22)
                    };
                    { // bb25
                        _e9 = &raw mut (*_1).u.u1;
                        _e10 = CastPtrToPtr(_e9);
                        Drop((*_e10).f, ReturnTo(bb24), UnwindCleanup(bb7))
                    };
                    { // bb26
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        Goto(bb3)
                    };
                    { // bb27
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_41);
                        StorageLive(_42);
                        Goto(bb1)
                    };
                    { // bb28
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
fn drop_drive(_1: *mut Coro_drive) -> () {
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
        let bb10 = BasicBlock::Cleanup;
        let bb11 = BasicBlock::Cleanup;
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
            let _4: Port;
            let _5: u32;
            let _6: Msg;
            let _7: u32;
            let _8: u32;
            let _9: Coro__Port_as_Dev___send;
            let _10: Coro__Port_as_Dev___send;
            let _11: &mut Port;
            let _12: Msg;
            let _13: Coro__Port_as_Dev___send;
            let _14: ();
            let _15: ();
            let _16: Poll<u32>;
            let _17: Pin<&mut Coro__Port_as_Dev___send>;
            let _18: &mut Coro__Port_as_Dev___send;
            let _19: &mut Coro__Port_as_Dev___send;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: u32;
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: u32;
            let _29: u32;
            let _30: &Port;
            let _31: (u32, bool);
            let _32: u32;
            let _33: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_drive_s1>;
            let _e2: *mut V_drive_s1;
            let _e3: *mut ManuallyDrop<V_drive_s0>;
            let _e4: *mut V_drive_s0;
            let _e5: *mut ManuallyDrop<V_drive_s0>;
            let _e6: *mut V_drive_s0;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _33 = _e0 as u32;
                        match Move(_33) { 0 => bb13, 3 => bb16, _ => bb17 }
                    };
                    { // bb1
                        StorageDead(_27);
                        StorageDead(_26);
                        _e1 = &raw mut (*_1).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb8))
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_9);
                        StorageDead(_8);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_6);
                        _e3 = &raw mut (*_1).u.s0;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb5), UnwindCleanup(bb11))
                    };
                    { // bb5
                        StorageDead(_3);
                        Goto(bb14)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        UnwindResume()
                    };
                    { // bb8
                        Goto(bb9)
                    };
                    { // bb9
                        StorageDead(_9);
                        StorageDead(_8);
                        Goto(bb10)
                    };
                    { // bb10
                        StorageDead(_6);
                        _e5 = &raw mut (*_1).u.s0;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb11), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb11
                        StorageDead(_3);
                        Goto(bb7)
                    };
                    { // bb12
                        Return()
                    };
                    { // bb13
                        Goto(bb15)
                    };
                    { // bb14
                        Goto(bb6)
                    };
                    { // bb15
                        Goto(bb12)
                    };
                    { // bb16
                        StorageLive(_3);
                        StorageLive(_6);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_26);
                        StorageLive(_27);
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

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_peek(_1: *mut Coro_peek) -> () {
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
            let _3: &u32;
            let _4: &mut Port;
            let _5: ();
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: YieldNow;
            let _9: ();
            let _10: ();
            let _11: Poll<()>;
            let _12: Pin<&mut YieldNow>;
            let _13: &mut YieldNow;
            let _14: &mut YieldNow;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: isize;
            let _19: ();
            let _20: !;
            let _21: &mut Context<'_>;
            let _22: ();
            let _23: u32;
            let _24: u32;
            let _25: (u32, bool);
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
                        StorageDead(_22);
                        StorageDead(_21);
                        StorageDead(_6);
                        StorageDead(_5);
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
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
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

impl Port {
    #[inline(always)]
    fn new(_1: u32) -> Port {
        Port__new(_1)
    }
}
impl Port {
    #[inline(always)]
    fn wait_base(_1: &Port) -> Coro_Port__wait_base {
        Port__wait_base(_1)
    }
}
trait Dev {
    fn send(_1: &mut Self, _2: Msg) -> impl Future<Output = u32>;
    fn id(_1: &Self) -> u32;
}
impl Dev for Port {
    #[inline(always)]
    fn send(_1: &mut Port, _2: Msg) -> Coro__Port_as_Dev___send {
        _Port_as_Dev___send(_1, _2)
    }
    #[inline(always)]
    fn id(_1: &Port) -> u32 {
        _Port_as_Dev___id(_1)
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
pub fn root_Port__wait_base(cx: &mut Context<'_>) {
    let mut a1 = core::hint::black_box(Port { base: 0, g: guard(0) });
    let mut f = core::mem::ManuallyDrop::new(Port::wait_base(core::hint::black_box(&a1)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_drive(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(drive(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_peek(cx: &mut Context<'_>) {
    let mut a1 = core::hint::black_box(0);
    let mut a2 = core::hint::black_box(Port { base: 0, g: guard(0) });
    let mut f = core::mem::ManuallyDrop::new(peek(core::hint::black_box(&a1), core::hint::black_box(&mut a2)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
