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

const _: () = assert!(core::mem::size_of::<Option<char>>() == 4 && core::mem::align_of::<Option<char>>() == 4
    && core::mem::offset_of!(Option<char>, Some.0) == 0);
// kind: async fn at 9:1; size 16, align 4, tag u8 at 12
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_kind { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_kind_tag { _p: [u8; 12], f: Tag_kind }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_kind_u0 { _p: [u8; 0], f: char }
const _: () = assert!(core::mem::offset_of!(V_kind_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_kind_s0 { _p: [u8; 4], f: char }
const _: () = assert!(core::mem::offset_of!(V_kind_s0, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_kind_s1 { _p: [u8; 8], f: char }
const _: () = assert!(core::mem::offset_of!(V_kind_s1, f) == 8);
#[repr(C)]
struct V_kind_s2 { _p: [u8; 13], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_kind_s2, f) == 13);
#[repr(C)]
union U_kind {
    tag: V_kind_tag,
    u0: V_kind_u0,
    s0: V_kind_s0,
    s1: V_kind_s1,
    s2: ManuallyDrop<V_kind_s2>,
    size: [u8; 16],
}
#[repr(C, align(4))]
struct Coro_kind { u: U_kind, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_kind>() == 16 && core::mem::align_of::<Coro_kind>() == 4);
impl Future for Coro_kind {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_kind(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_kind {
    #[inline(always)]
    fn drop(&mut self) {
        drop_kind(self)
    }
}

// opt: async fn at 21:1; size 12, align 4, tag u8 at 10
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_opt { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_tag { _p: [u8; 10], f: Tag_opt }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_u0 { _p: [u8; 8], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_opt_u0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_s0 { _p: [u8; 0], f: Option<char> }
const _: () = assert!(core::mem::offset_of!(V_opt_s0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opt_s1 { _p: [u8; 4], f: char }
const _: () = assert!(core::mem::offset_of!(V_opt_s1, f) == 4);
#[repr(C)]
struct V_opt_s2 { _p: [u8; 9], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_opt_s2, f) == 9);
#[repr(C)]
union U_opt {
    tag: V_opt_tag,
    u0: V_opt_u0,
    s0: V_opt_s0,
    s1: V_opt_s1,
    s2: ManuallyDrop<V_opt_s2>,
    size: [u8; 12],
}
#[repr(C, align(4))]
struct Coro_opt { u: U_opt, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_opt>() == 12 && core::mem::align_of::<Coro_opt>() == 4);
impl Future for Coro_opt {
    type Output = Option<char>;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<char>> {
        resume_opt(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_opt {
    #[inline(always)]
    fn drop(&mut self) {
        drop_opt(self)
    }
}

// run: async fn at 32:1; size 32, align 4, tag u8 at 14
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_run { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, V5 = 5, V6 = 6, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_tag { _p: [u8; 14], f: Tag_run }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_u0 { _p: [u8; 12], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_run_u0, f) == 12);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_s0 { _p: [u8; 13], f: u8 }
const _: () = assert!(core::mem::offset_of!(V_run_s0, f) == 13);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_s1 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_run_s1, f) == 0);
#[repr(C)]
struct V_run_s2 { _p: [u8; 16], f: Coro_kind }
const _: () = assert!(core::mem::offset_of!(V_run_s2, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_s3 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_run_s3, f) == 4);
#[repr(C)]
struct V_run_s4 { _p: [u8; 16], f: Coro_kind }
const _: () = assert!(core::mem::offset_of!(V_run_s4, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_run_s5 { _p: [u8; 8], f: Option<char> }
const _: () = assert!(core::mem::offset_of!(V_run_s5, f) == 8);
#[repr(C)]
struct V_run_s6 { _p: [u8; 16], f: Coro_opt }
const _: () = assert!(core::mem::offset_of!(V_run_s6, f) == 16);
#[repr(C)]
struct V_run_s7 { _p: [u8; 16], f: Coro_opt }
const _: () = assert!(core::mem::offset_of!(V_run_s7, f) == 16);
#[repr(C)]
union U_run {
    tag: V_run_tag,
    u0: V_run_u0,
    s0: V_run_s0,
    s1: V_run_s1,
    s2: ManuallyDrop<V_run_s2>,
    s3: V_run_s3,
    s4: ManuallyDrop<V_run_s4>,
    s5: V_run_s5,
    s6: ManuallyDrop<V_run_s6>,
    s7: ManuallyDrop<V_run_s7>,
    size: [u8; 32],
}
#[repr(C, align(4))]
struct Coro_run { u: U_run, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_run>() == 32 && core::mem::align_of::<Coro_run>() == 4);
impl Future for Coro_run {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_run(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_run {
    #[inline(always)]
    fn drop(&mut self) {
        drop_run(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn pick(_1: u8) -> Option<char> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        {
            let RET: Option<char>;
            let _2: bool;
            let _3: u8;
            let _4: char;
            let _5: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_u8;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Option::<char>::None {};
                        Goto(bb3)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        _5 = _1;
                        _4 = Move(_5) as char;
                        StorageDead(_5);
                        RET = Option::<char>::Some { 0: Move(_4) };
                        StorageDead(_4);
                        Goto(bb3)
                    };
                    { // bb3
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
fn kind(_1: char) -> Coro_kind {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_kind;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_kind::V0;
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
fn resume_kind(_1: &mut Coro_kind, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb21_panic = BasicBlock::Normal;
        let bb22_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb38_panic = BasicBlock::Normal;
        let bb39_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: char;
            let _4: char;
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
            let _24: bool;
            let _25: bool;
            let _26: bool;
            let _27: bool;
            let _28: u32;
            let _29: u32;
            let _30: u32;
            let _31: char;
            let _32: (u32, bool);
            let _33: u32;
            let _34: u8;
            let _35: char;
            let _36: (u32, bool);
            let _37: u32;
            let _38: u32;
            let _39: &mut Coro_kind;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_kind_s2>;
            let _e2: *mut V_kind_s2;
            let _e3: *mut ManuallyDrop<V_kind_s2>;
            let _e4: *mut V_kind_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _39 = _1;
                        _e0 = Discriminant((*_39).u.tag.f);
                        _38 = _e0 as u32;
                        match Move(_38) { 0 => bb1, 1 => bb39, 2 => bb38, 3 => bb37, _ => bb8 }
                    };
                    { // bb1
                        (*_39).u.s0.f = (*_39).u.u0.f;
                        (*_39).u.s1.f = '\u{e9}';
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        Call(_7 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb31))
                    };
                    { // bb2
                        Call(_6 = <YieldNow as IntoFuture>::into_future(Move(_7)), ReturnTo(bb3), UnwindCleanup(bb31))
                    };
                    { // bb3
                        StorageDead(_7);
                        _e1 = &raw mut (*_39).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_6);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        _e3 = &raw mut (*_39).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _14 = &mut (*_e4).f;
                        _13 = &mut (*_14);
                        Call(_12 = Pin::<&mut YieldNow>::new_unchecked(Move(_13)), ReturnTo(bb5), UnwindCleanup(bb29))
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
                        Call(_11 = <YieldNow as Future>::poll(Move(_12), Move(_15)), ReturnTo(bb7), UnwindCleanup(bb28))
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
                        (*_39).u.tag.f = Tag_kind::V3;
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
                        _26 = '\u{61}' <= (*_39).u.s0.f;
                        match Move(_26) { false => bb14, _ => bb18 }
                    };
                    { // bb11
                        StorageDead(_22);
                        _2 = Move(_21);
                        StorageDead(_21);
                        _9 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        _23 = 5_u32;
                        Goto(bb21)
                    };
                    { // bb13
                        _23 = 1_u32;
                        Goto(bb21)
                    };
                    { // bb14
                        match (*_39).u.s0.f { '\u{a}' => bb20, '\u{27}' => bb20, '\u{5c}' => bb20, '\u{1f600}' => bb19, _ => bb15 }
                    };
                    { // bb15
                        _24 = '\u{e9}' <= (*_39).u.s0.f;
                        match Move(_24) { false => bb12, _ => bb17 }
                    };
                    { // bb16
                        _23 = 4_u32;
                        Goto(bb21)
                    };
                    { // bb17
                        _25 = (*_39).u.s0.f <= '\u{ff}';
                        match Move(_25) { false => bb12, _ => bb16 }
                    };
                    { // bb18
                        _27 = (*_39).u.s0.f <= '\u{7a}';
                        match Move(_27) { false => bb14, _ => bb13 }
                    };
                    { // bb19
                        _23 = 3_u32;
                        Goto(bb21)
                    };
                    { // bb20
                        _23 = 2_u32;
                        Goto(bb21)
                    };
                    { // bb21
                        StorageLive(_28);
                        StorageLive(_29);
                        _29 = _23;
                        StorageLive(_30);
                        StorageLive(_31);
                        _31 = (*_39).u.s1.f;
                        _30 = Move(_31) as u32;
                        StorageDead(_31);
                        _32 = Checked(_29 + _30);
                        match Move(_32.1) { false => bb22, _ => bb21_panic }
                    };
                    { // bb22
                        _28 = Move(_32.0);
                        StorageDead(_30);
                        StorageDead(_29);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = (*_39).u.s0.f;
                        _34 = Move(_35) as u8;
                        StorageDead(_35);
                        _33 = Move(_34) as u32;
                        StorageDead(_34);
                        _36 = Checked(_28 + _33);
                        match Move(_36.1) { false => bb23, _ => bb22_panic }
                    };
                    { // bb23
                        _37 = Move(_36.0);
                        StorageDead(_33);
                        StorageDead(_28);
                        StorageDead(_23);
                        Goto(bb35)
                    };
                    { // bb24
                        RET = Poll::<u32>::Ready(Move(_37));
                        (*_39).u.tag.f = Tag_kind::V1;
                        Return()
                    };
                    { // bb25
                        StorageDead(_33);
                        Goto(bb27)
                    };
                    { // bb26
                        StorageDead(_30);
                        StorageDead(_29);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_28);
                        StorageDead(_23);
                        Goto(bb33)
                    };
                    { // bb28
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_16);
                        Goto(bb30)
                    };
                    { // bb29
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb30)
                    };
                    { // bb30
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb32)
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
                        Goto(bb24)
                    };
                    { // bb36
                        (*_39).u.tag.f = Tag_kind::V2;
                        UnwindResume()
                    };
                    { // bb37
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_21);
                        StorageLive(_22);
                        _21 = Move(_2);
                        Goto(bb11)
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
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb26); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb25));
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn opt(_1: u8) -> Coro_opt {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_opt;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_opt::V0;
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
fn resume_opt(_1: &mut Coro_opt, _2: &mut Context<'_>) -> Poll<Option<char>> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        let bb32_panic = BasicBlock::Normal;
        {
            let RET: Poll<Option<char>>;
            let _3: u8;
            let _4: Option<char>;
            let _5: u8;
            let _6: char;
            let _7: ();
            let _8: YieldNow;
            let _9: YieldNow;
            let _10: YieldNow;
            let _11: ();
            let _12: ();
            let _13: Poll<()>;
            let _14: Pin<&mut YieldNow>;
            let _15: &mut YieldNow;
            let _16: &mut YieldNow;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: isize;
            let _21: ();
            let _22: !;
            let _23: &mut Context<'_>;
            let _24: ();
            let _25: bool;
            let _26: bool;
            let _27: isize;
            let _28: char;
            let _29: char;
            let _30: char;
            let _31: Option<char>;
            let _32: u32;
            let _33: &mut Coro_opt;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_opt_s2>;
            let _e2: *mut V_opt_s2;
            let _e3: *mut ManuallyDrop<V_opt_s2>;
            let _e4: *mut V_opt_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _33 = _1;
                        _e0 = Discriminant((*_33).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb1, 1 => bb32, 2 => bb31, 3 => bb30, _ => bb9 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_33).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        Call((*_33).u.s0.f = pick(Move(_5)), ReturnTo(bb2), UnwindCleanup(bb25))
                    };
                    { // bb2
                        StorageDead(_5);
                        (*_33).u.s1.f = '\u{9}';
                        StorageLive(_7);
                        StorageLive(_8);
                        StorageLive(_9);
                        Call(_9 = yield_now(), ReturnTo(bb3), UnwindCleanup(bb23))
                    };
                    { // bb3
                        Call(_8 = <YieldNow as IntoFuture>::into_future(Move(_9)), ReturnTo(bb4), UnwindCleanup(bb23))
                    };
                    { // bb4
                        StorageDead(_9);
                        _e1 = &raw mut (*_33).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_8);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        _e3 = &raw mut (*_33).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _16 = &mut (*_e4).f;
                        _15 = &mut (*_16);
                        Call(_14 = Pin::<&mut YieldNow>::new_unchecked(Move(_15)), ReturnTo(bb6), UnwindCleanup(bb21))
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
                        Call(_13 = <YieldNow as Future>::poll(Move(_14), Move(_17)), ReturnTo(bb8), UnwindCleanup(bb20))
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
                        StorageDead(_3);
                        StorageDead(_7);
                        StorageDead(_8);
                        StorageDead(_23);
                        StorageDead(_24);
                        (*_33).u.tag.f = Tag_opt::V3;
                        Return()
                    };
                    { // bb11
                        StorageLive(_21);
                        _21 = place!(Field::<()>(Variant(_13, 0), 0));
                        _7 = _21;
                        StorageDead(_21);
                        StorageDead(_18);
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_12);
                        StorageDead(_8);
                        StorageDead(_7);
                        _27 = Discriminant((*_33).u.s0.f);
                        match Move(_27) { 0 => bb16, 1 => bb13, _ => bb9 }
                    };
                    { // bb12
                        StorageDead(_24);
                        _2 = Move(_23);
                        StorageDead(_23);
                        _11 = ();
                        Goto(bb5)
                    };
                    { // bb13
                        _25 = '\u{30}' <= place!(Field::<char>(Variant((*_33).u.s0.f, 1), 0));
                        match Move(_25) { false => bb17, _ => bb15 }
                    };
                    { // bb14
                        StorageLive(_28);
                        _28 = (*_33).u.s1.f;
                        _31 = Option::<char>::Some { 0: Move(_28) };
                        StorageDead(_28);
                        Goto(bb18)
                    };
                    { // bb15
                        _26 = place!(Field::<char>(Variant((*_33).u.s0.f, 1), 0)) <= '\u{39}';
                        match Move(_26) { false => bb17, _ => bb14 }
                    };
                    { // bb16
                        _31 = Option::<char>::None {};
                        Goto(bb18)
                    };
                    { // bb17
                        StorageLive(_29);
                        _29 = place!(Field::<char>(Variant((*_33).u.s0.f, 1), 0));
                        StorageLive(_30);
                        _30 = _29;
                        _31 = Option::<char>::Some { 0: Move(_30) };
                        StorageDead(_30);
                        StorageDead(_29);
                        Goto(bb18)
                    };
                    { // bb18
                        StorageDead(_3);
                        Goto(bb28)
                    };
                    { // bb19
                        RET = Poll::<Option<char>>::Ready(Move(_31));
                        (*_33).u.tag.f = Tag_opt::V1;
                        Return()
                    };
                    { // bb20
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_18);
                        Goto(bb22)
                    };
                    { // bb21
                        StorageDead(_15);
                        StorageDead(_14);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_9);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_8);
                        StorageDead(_7);
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
                        (*_33).u.tag.f = Tag_opt::V2;
                        UnwindResume()
                    };
                    { // bb30
                        StorageLive(_3);
                        StorageLive(_7);
                        StorageLive(_8);
                        StorageLive(_23);
                        StorageLive(_24);
                        _23 = Move(_2);
                        Goto(bb12)
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
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn run(_1: u8) -> Coro_run {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_run;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_run::V0;
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
fn resume_run(_1: &mut Coro_run, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Normal;
        let bb40 = BasicBlock::Normal;
        let bb41 = BasicBlock::Normal;
        let bb42 = BasicBlock::Normal;
        let bb43 = BasicBlock::Normal;
        let bb44 = BasicBlock::Normal;
        let bb45 = BasicBlock::Normal;
        let bb46 = BasicBlock::Normal;
        let bb47 = BasicBlock::Normal;
        let bb48 = BasicBlock::Normal;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb51 = BasicBlock::Normal;
        let bb52 = BasicBlock::Normal;
        let bb53 = BasicBlock::Normal;
        let bb54 = BasicBlock::Normal;
        let bb55 = BasicBlock::Normal;
        let bb56 = BasicBlock::Normal;
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
        let bb72 = BasicBlock::Cleanup;
        let bb73 = BasicBlock::Cleanup;
        let bb74 = BasicBlock::Cleanup;
        let bb75 = BasicBlock::Cleanup;
        let bb76 = BasicBlock::Cleanup;
        let bb77 = BasicBlock::Cleanup;
        let bb78 = BasicBlock::Cleanup;
        let bb79 = BasicBlock::Cleanup;
        let bb80 = BasicBlock::Cleanup;
        let bb81 = BasicBlock::Cleanup;
        let bb82 = BasicBlock::Cleanup;
        let bb83 = BasicBlock::Cleanup;
        let bb84 = BasicBlock::Cleanup;
        let bb85 = BasicBlock::Cleanup;
        let bb86 = BasicBlock::Cleanup;
        let bb87 = BasicBlock::Cleanup;
        let bb88 = BasicBlock::Cleanup;
        let bb89 = BasicBlock::Cleanup;
        let bb90 = BasicBlock::Cleanup;
        let bb91 = BasicBlock::Cleanup;
        let bb92 = BasicBlock::Cleanup;
        let bb93 = BasicBlock::Cleanup;
        let bb94 = BasicBlock::Cleanup;
        let bb95 = BasicBlock::Cleanup;
        let bb96 = BasicBlock::Cleanup;
        let bb97 = BasicBlock::Normal;
        let bb98 = BasicBlock::Cleanup;
        let bb99 = BasicBlock::Normal;
        let bb100 = BasicBlock::Normal;
        let bb101 = BasicBlock::Normal;
        let bb102 = BasicBlock::Normal;
        let bb103 = BasicBlock::Normal;
        let bb104 = BasicBlock::Normal;
        let bb52_panic = BasicBlock::Normal;
        let bb53_panic = BasicBlock::Normal;
        let bb54_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb103_panic = BasicBlock::Normal;
        let bb104_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u8;
            let _4: u32;
            let _5: Coro_kind;
            let _6: Coro_kind;
            let _7: char;
            let _8: u8;
            let _9: Coro_kind;
            let _10: ();
            let _11: ();
            let _12: Poll<u32>;
            let _13: Pin<&mut Coro_kind>;
            let _14: &mut Coro_kind;
            let _15: &mut Coro_kind;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: u32;
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: Coro_kind;
            let _26: Coro_kind;
            let _27: Coro_kind;
            let _28: ();
            let _29: Poll<u32>;
            let _30: Pin<&mut Coro_kind>;
            let _31: &mut Coro_kind;
            let _32: &mut Coro_kind;
            let _33: &mut Context<'_>;
            let _34: &mut Context<'_>;
            let _35: &mut Context<'_>;
            let _36: isize;
            let _37: u32;
            let _38: !;
            let _39: &mut Context<'_>;
            let _40: ();
            let _41: Option<char>;
            let _42: Coro_opt;
            let _43: Coro_opt;
            let _44: u8;
            let _45: Coro_opt;
            let _46: ();
            let _47: Poll<Option<char>>;
            let _48: Pin<&mut Coro_opt>;
            let _49: &mut Coro_opt;
            let _50: &mut Coro_opt;
            let _51: &mut Context<'_>;
            let _52: &mut Context<'_>;
            let _53: &mut Context<'_>;
            let _54: isize;
            let _55: Option<char>;
            let _56: !;
            let _57: &mut Context<'_>;
            let _58: ();
            let _59: Option<char>;
            let _60: Coro_opt;
            let _61: Coro_opt;
            let _62: Coro_opt;
            let _63: ();
            let _64: Poll<Option<char>>;
            let _65: Pin<&mut Coro_opt>;
            let _66: &mut Coro_opt;
            let _67: &mut Coro_opt;
            let _68: &mut Context<'_>;
            let _69: &mut Context<'_>;
            let _70: &mut Context<'_>;
            let _71: isize;
            let _72: Option<char>;
            let _73: !;
            let _74: &mut Context<'_>;
            let _75: ();
            let _76: u32;
            let _77: isize;
            let _78: char;
            let _79: char;
            let _80: u32;
            let _81: isize;
            let _82: char;
            let _83: char;
            let _84: u32;
            let _85: u32;
            let _86: u32;
            let _87: u32;
            let _88: (u32, bool);
            let _89: u32;
            let _90: (u32, bool);
            let _91: u32;
            let _92: (u32, bool);
            let _93: u32;
            let _94: u32;
            let _95: &mut Coro_run;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_run_s2>;
            let _e2: *mut V_run_s2;
            let _e3: *mut ManuallyDrop<V_run_s2>;
            let _e4: *mut V_run_s2;
            let _e5: *mut ManuallyDrop<V_run_s2>;
            let _e6: *mut V_run_s2;
            let _e7: *mut ManuallyDrop<V_run_s4>;
            let _e8: *mut V_run_s4;
            let _e9: *mut ManuallyDrop<V_run_s4>;
            let _e10: *mut V_run_s4;
            let _e11: *mut ManuallyDrop<V_run_s4>;
            let _e12: *mut V_run_s4;
            let _e13: *mut ManuallyDrop<V_run_s6>;
            let _e14: *mut V_run_s6;
            let _e15: *mut ManuallyDrop<V_run_s6>;
            let _e16: *mut V_run_s6;
            let _e17: *mut ManuallyDrop<V_run_s6>;
            let _e18: *mut V_run_s6;
            let _e19: *mut ManuallyDrop<V_run_s7>;
            let _e20: *mut V_run_s7;
            let _e21: *mut ManuallyDrop<V_run_s7>;
            let _e22: *mut V_run_s7;
            let _e23: *mut ManuallyDrop<V_run_s7>;
            let _e24: *mut V_run_s7;
            let _e25: *mut ManuallyDrop<V_run_s7>;
            let _e26: *mut V_run_s7;
            let _e27: *mut ManuallyDrop<V_run_s6>;
            let _e28: *mut V_run_s6;
            let _e29: *mut ManuallyDrop<V_run_s4>;
            let _e30: *mut V_run_s4;
            let _e31: *mut ManuallyDrop<V_run_s2>;
            let _e32: *mut V_run_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _95 = _1;
                        _e0 = Discriminant((*_95).u.tag.f);
                        _94 = _e0 as u32;
                        match Move(_94) { 0 => bb1, 1 => bb104, 2 => bb103, 3 => bb99, 4 => bb100, 5 => bb101, 6 => bb102, _ => bb8 }
                    };
                    { // bb1
                        (*_95).u.s0.f = (*_95).u.u0.f;
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = (*_95).u.s0.f;
                        _7 = Move(_8) as char;
                        StorageDead(_8);
                        Call(_6 = kind(Move(_7)), ReturnTo(bb2), UnwindCleanup(bb92))
                    };
                    { // bb2
                        StorageDead(_7);
                        Call(_5 = <Coro_kind as IntoFuture>::into_future(Move(_6)), ReturnTo(bb3), UnwindCleanup(bb91))
                    };
                    { // bb3
                        StorageDead(_6);
                        _e1 = &raw mut (*_95).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_5);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        _e3 = &raw mut (*_95).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _15 = &mut (*_e4).f;
                        _14 = &mut (*_15);
                        Call(_13 = Pin::<&mut Coro_kind>::new_unchecked(Move(_14)), ReturnTo(bb5), UnwindCleanup(bb88))
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
                        Call(_12 = <Coro_kind as Future>::poll(Move(_13), Move(_16)), ReturnTo(bb7), UnwindCleanup(bb87))
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
                        StorageDead(_22);
                        StorageDead(_23);
                        (*_95).u.tag.f = Tag_run::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_20);
                        _20 = place!(Field::<u32>(Variant(_12, 0), 0));
                        (*_95).u.s1.f = _20;
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_11);
                        _e5 = &raw mut (*_95).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb12), UnwindCleanup(bb90))
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
                        StorageDead(_5);
                        StorageLive(_25);
                        StorageLive(_26);
                        Call(_26 = kind('\u{1f600}'), ReturnTo(bb14), UnwindCleanup(bb84))
                    };
                    { // bb14
                        Call(_25 = <Coro_kind as IntoFuture>::into_future(Move(_26)), ReturnTo(bb15), UnwindCleanup(bb83))
                    };
                    { // bb15
                        StorageDead(_26);
                        _e7 = &raw mut (*_95).u.s4;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f = Move(_25);
                        Goto(bb16)
                    };
                    { // bb16
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        StorageLive(_31);
                        StorageLive(_32);
                        _e9 = &raw mut (*_95).u.s4;
                        _e10 = CastPtrToPtr(_e9);
                        _32 = &mut (*_e10).f;
                        _31 = &mut (*_32);
                        Call(_30 = Pin::<&mut Coro_kind>::new_unchecked(Move(_31)), ReturnTo(bb17), UnwindCleanup(bb80))
                    };
                    { // bb17
                        StorageDead(_31);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = _2;
                        _34 = Move(_35);
                        Goto(bb18)
                    };
                    { // bb18
                        _33 = &mut (*_34);
                        StorageDead(_35);
                        Call(_29 = <Coro_kind as Future>::poll(Move(_30), Move(_33)), ReturnTo(bb19), UnwindCleanup(bb79))
                    };
                    { // bb19
                        StorageDead(_33);
                        StorageDead(_30);
                        _36 = Discriminant(_29);
                        match Move(_36) { 0 => bb21, 1 => bb20, _ => bb8 }
                    };
                    { // bb20
                        _28 = ();
                        StorageDead(_34);
                        StorageDead(_32);
                        StorageDead(_29);
                        StorageDead(_28);
                        StorageLive(_39);
                        StorageLive(_40);
                        _40 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_25);
                        StorageDead(_39);
                        StorageDead(_40);
                        (*_95).u.tag.f = Tag_run::V4;
                        Return()
                    };
                    { // bb21
                        StorageLive(_37);
                        _37 = place!(Field::<u32>(Variant(_29, 0), 0));
                        (*_95).u.s3.f = _37;
                        StorageDead(_37);
                        StorageDead(_34);
                        StorageDead(_32);
                        StorageDead(_29);
                        StorageDead(_28);
                        _e11 = &raw mut (*_95).u.s4;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb23), UnwindCleanup(bb82))
                    };
                    { // bb22
                        StorageDead(_40);
                        _2 = Move(_39);
                        StorageDead(_39);
                        _10 = ();
                        Goto(bb16)
                    };
                    { // bb23
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_25);
                        StorageLive(_42);
                        StorageLive(_43);
                        StorageLive(_44);
                        _44 = (*_95).u.s0.f;
                        Call(_43 = opt(Move(_44)), ReturnTo(bb25), UnwindCleanup(bb75))
                    };
                    { // bb25
                        StorageDead(_44);
                        Call(_42 = <Coro_opt as IntoFuture>::into_future(Move(_43)), ReturnTo(bb26), UnwindCleanup(bb74))
                    };
                    { // bb26
                        StorageDead(_43);
                        _e13 = &raw mut (*_95).u.s6;
                        _e14 = CastPtrToPtr(_e13);
                        (*_e14).f = Move(_42);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageLive(_46);
                        StorageLive(_47);
                        StorageLive(_48);
                        StorageLive(_49);
                        StorageLive(_50);
                        _e15 = &raw mut (*_95).u.s6;
                        _e16 = CastPtrToPtr(_e15);
                        _50 = &mut (*_e16).f;
                        _49 = &mut (*_50);
                        Call(_48 = Pin::<&mut Coro_opt>::new_unchecked(Move(_49)), ReturnTo(bb28), UnwindCleanup(bb71))
                    };
                    { // bb28
                        StorageDead(_49);
                        StorageLive(_51);
                        StorageLive(_52);
                        StorageLive(_53);
                        _53 = _2;
                        _52 = Move(_53);
                        Goto(bb29)
                    };
                    { // bb29
                        _51 = &mut (*_52);
                        StorageDead(_53);
                        Call(_47 = <Coro_opt as Future>::poll(Move(_48), Move(_51)), ReturnTo(bb30), UnwindCleanup(bb70))
                    };
                    { // bb30
                        StorageDead(_51);
                        StorageDead(_48);
                        _54 = Discriminant(_47);
                        match Move(_54) { 0 => bb32, 1 => bb31, _ => bb8 }
                    };
                    { // bb31
                        _46 = ();
                        StorageDead(_52);
                        StorageDead(_50);
                        StorageDead(_47);
                        StorageDead(_46);
                        StorageLive(_57);
                        StorageLive(_58);
                        _58 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_42);
                        StorageDead(_57);
                        StorageDead(_58);
                        (*_95).u.tag.f = Tag_run::V5;
                        Return()
                    };
                    { // bb32
                        StorageLive(_55);
                        _55 = place!(Field::<Option<char>>(Variant(_47, 0), 0));
                        (*_95).u.s5.f = _55;
                        StorageDead(_55);
                        StorageDead(_52);
                        StorageDead(_50);
                        StorageDead(_47);
                        StorageDead(_46);
                        _e17 = &raw mut (*_95).u.s6;
                        _e18 = CastPtrToPtr(_e17);
                        Drop((*_e18).f, ReturnTo(bb34), UnwindCleanup(bb73))
                    };
                    { // bb33
                        StorageDead(_58);
                        _2 = Move(_57);
                        StorageDead(_57);
                        _10 = ();
                        Goto(bb27)
                    };
                    { // bb34
                        Goto(bb35)
                    };
                    { // bb35
                        StorageDead(_42);
                        StorageLive(_59);
                        StorageLive(_60);
                        StorageLive(_61);
                        Call(_61 = opt(0_u8), ReturnTo(bb36), UnwindCleanup(bb67))
                    };
                    { // bb36
                        Call(_60 = <Coro_opt as IntoFuture>::into_future(Move(_61)), ReturnTo(bb37), UnwindCleanup(bb66))
                    };
                    { // bb37
                        StorageDead(_61);
                        _e19 = &raw mut (*_95).u.s7;
                        _e20 = CastPtrToPtr(_e19);
                        (*_e20).f = Move(_60);
                        Goto(bb38)
                    };
                    { // bb38
                        StorageLive(_63);
                        StorageLive(_64);
                        StorageLive(_65);
                        StorageLive(_66);
                        StorageLive(_67);
                        _e21 = &raw mut (*_95).u.s7;
                        _e22 = CastPtrToPtr(_e21);
                        _67 = &mut (*_e22).f;
                        _66 = &mut (*_67);
                        Call(_65 = Pin::<&mut Coro_opt>::new_unchecked(Move(_66)), ReturnTo(bb39), UnwindCleanup(bb63))
                    };
                    { // bb39
                        StorageDead(_66);
                        StorageLive(_68);
                        StorageLive(_69);
                        StorageLive(_70);
                        _70 = _2;
                        _69 = Move(_70);
                        Goto(bb40)
                    };
                    { // bb40
                        _68 = &mut (*_69);
                        StorageDead(_70);
                        Call(_64 = <Coro_opt as Future>::poll(Move(_65), Move(_68)), ReturnTo(bb41), UnwindCleanup(bb62))
                    };
                    { // bb41
                        StorageDead(_68);
                        StorageDead(_65);
                        _71 = Discriminant(_64);
                        match Move(_71) { 0 => bb43, 1 => bb42, _ => bb8 }
                    };
                    { // bb42
                        _63 = ();
                        StorageDead(_69);
                        StorageDead(_67);
                        StorageDead(_64);
                        StorageDead(_63);
                        StorageLive(_74);
                        StorageLive(_75);
                        _75 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_59);
                        StorageDead(_60);
                        StorageDead(_74);
                        StorageDead(_75);
                        (*_95).u.tag.f = Tag_run::V6;
                        Return()
                    };
                    { // bb43
                        StorageLive(_72);
                        _72 = place!(Field::<Option<char>>(Variant(_64, 0), 0));
                        _59 = _72;
                        StorageDead(_72);
                        StorageDead(_69);
                        StorageDead(_67);
                        StorageDead(_64);
                        StorageDead(_63);
                        _e23 = &raw mut (*_95).u.s7;
                        _e24 = CastPtrToPtr(_e23);
                        Drop((*_e24).f, ReturnTo(bb45), UnwindCleanup(bb65))
                    };
                    { // bb44
                        StorageDead(_75);
                        _2 = Move(_74);
                        StorageDead(_74);
                        _10 = ();
                        Goto(bb38)
                    };
                    { // bb45
                        Goto(bb46)
                    };
                    { // bb46
                        StorageDead(_60);
                        StorageLive(_76);
                        _77 = Discriminant((*_95).u.s5.f);
                        match Move(_77) { 0 => bb47, 1 => bb48, _ => bb8 }
                    };
                    { // bb47
                        _76 = 9_u32;
                        Goto(bb49)
                    };
                    { // bb48
                        StorageLive(_78);
                        _78 = place!(Field::<char>(Variant((*_95).u.s5.f, 1), 0));
                        StorageLive(_79);
                        _79 = _78;
                        _76 = Move(_79) as u32;
                        StorageDead(_79);
                        StorageDead(_78);
                        Goto(bb49)
                    };
                    { // bb49
                        StorageLive(_80);
                        _81 = Discriminant(_59);
                        match Move(_81) { 0 => bb50, 1 => bb51, _ => bb8 }
                    };
                    { // bb50
                        _80 = 11_u32;
                        Goto(bb52)
                    };
                    { // bb51
                        StorageLive(_82);
                        _82 = place!(Field::<char>(Variant(_59, 1), 0));
                        StorageLive(_83);
                        _83 = _82;
                        _80 = Move(_83) as u32;
                        StorageDead(_83);
                        StorageDead(_82);
                        Goto(bb52)
                    };
                    { // bb52
                        StorageLive(_84);
                        StorageLive(_85);
                        StorageLive(_86);
                        _86 = (*_95).u.s1.f;
                        StorageLive(_87);
                        _87 = (*_95).u.s3.f;
                        _88 = Checked(_86 + _87);
                        match Move(_88.1) { false => bb53, _ => bb52_panic }
                    };
                    { // bb53
                        _85 = Move(_88.0);
                        StorageDead(_87);
                        StorageDead(_86);
                        StorageLive(_89);
                        _89 = _76;
                        _90 = Checked(_85 + _89);
                        match Move(_90.1) { false => bb54, _ => bb53_panic }
                    };
                    { // bb54
                        _84 = Move(_90.0);
                        StorageDead(_89);
                        StorageDead(_85);
                        StorageLive(_91);
                        _91 = _80;
                        _92 = Checked(_84 + _91);
                        match Move(_92.1) { false => bb55, _ => bb54_panic }
                    };
                    { // bb55
                        _93 = Move(_92.0);
                        StorageDead(_91);
                        StorageDead(_84);
                        StorageDead(_80);
                        StorageDead(_76);
                        StorageDead(_59);
                        Goto(bb97)
                    };
                    { // bb56
                        RET = Poll::<u32>::Ready(Move(_93));
                        (*_95).u.tag.f = Tag_run::V1;
                        Return()
                    };
                    { // bb57
                        StorageDead(_91);
                        Goto(bb61)
                    };
                    { // bb58
                        StorageDead(_89);
                        Goto(bb60)
                    };
                    { // bb59
                        StorageDead(_87);
                        StorageDead(_86);
                        Goto(bb60)
                    };
                    { // bb60
                        StorageDead(_85);
                        Goto(bb61)
                    };
                    { // bb61
                        StorageDead(_84);
                        StorageDead(_80);
                        StorageDead(_76);
                        Goto(bb69)
                    };
                    { // bb62
                        StorageDead(_68);
                        StorageDead(_65);
                        StorageDead(_69);
                        Goto(bb64)
                    };
                    { // bb63
                        StorageDead(_66);
                        StorageDead(_65);
                        Goto(bb64)
                    };
                    { // bb64
                        StorageDead(_67);
                        StorageDead(_64);
                        StorageDead(_63);
                        _e25 = &raw mut (*_95).u.s7;
                        _e26 = CastPtrToPtr(_e25);
                        Drop((*_e26).f, ReturnTo(bb65), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb65
                        Goto(bb68)
                    };
                    { // bb66
                        Goto(bb67)
                    };
                    { // bb67
                        StorageDead(_61);
                        Goto(bb68)
                    };
                    { // bb68
                        StorageDead(_60);
                        Goto(bb69)
                    };
                    { // bb69
                        StorageDead(_59);
                        Goto(bb78)
                    };
                    { // bb70
                        StorageDead(_51);
                        StorageDead(_48);
                        StorageDead(_52);
                        Goto(bb72)
                    };
                    { // bb71
                        StorageDead(_49);
                        StorageDead(_48);
                        Goto(bb72)
                    };
                    { // bb72
                        StorageDead(_50);
                        StorageDead(_47);
                        StorageDead(_46);
                        _e27 = &raw mut (*_95).u.s6;
                        _e28 = CastPtrToPtr(_e27);
                        Drop((*_e28).f, ReturnTo(bb73), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb73
                        Goto(bb77)
                    };
                    { // bb74
                        Goto(bb76)
                    };
                    { // bb75
                        StorageDead(_44);
                        Goto(bb76)
                    };
                    { // bb76
                        StorageDead(_43);
                        Goto(bb77)
                    };
                    { // bb77
                        StorageDead(_42);
                        Goto(bb78)
                    };
                    { // bb78
                        Goto(bb86)
                    };
                    { // bb79
                        StorageDead(_33);
                        StorageDead(_30);
                        StorageDead(_34);
                        Goto(bb81)
                    };
                    { // bb80
                        StorageDead(_31);
                        StorageDead(_30);
                        Goto(bb81)
                    };
                    { // bb81
                        StorageDead(_32);
                        StorageDead(_29);
                        StorageDead(_28);
                        _e29 = &raw mut (*_95).u.s4;
                        _e30 = CastPtrToPtr(_e29);
                        Drop((*_e30).f, ReturnTo(bb82), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb82
                        Goto(bb85)
                    };
                    { // bb83
                        Goto(bb84)
                    };
                    { // bb84
                        StorageDead(_26);
                        Goto(bb85)
                    };
                    { // bb85
                        StorageDead(_25);
                        Goto(bb86)
                    };
                    { // bb86
                        Goto(bb95)
                    };
                    { // bb87
                        StorageDead(_16);
                        StorageDead(_13);
                        StorageDead(_17);
                        Goto(bb89)
                    };
                    { // bb88
                        StorageDead(_14);
                        StorageDead(_13);
                        Goto(bb89)
                    };
                    { // bb89
                        StorageDead(_15);
                        StorageDead(_12);
                        StorageDead(_11);
                        _e31 = &raw mut (*_95).u.s2;
                        _e32 = CastPtrToPtr(_e31);
                        Drop((*_e32).f, ReturnTo(bb90), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb90
                        Goto(bb94)
                    };
                    { // bb91
                        Goto(bb93)
                    };
                    { // bb92
                        StorageDead(_7);
                        Goto(bb93)
                    };
                    { // bb93
                        StorageDead(_6);
                        Goto(bb94)
                    };
                    { // bb94
                        StorageDead(_5);
                        Goto(bb95)
                    };
                    { // bb95
                        Goto(bb96)
                    };
                    { // bb96
                        Goto(bb98)
                    };
                    { // bb97
                        Goto(bb56)
                    };
                    { // bb98
                        (*_95).u.tag.f = Tag_run::V2;
                        UnwindResume()
                    };
                    { // bb99
                        StorageLive(_5);
                        StorageLive(_22);
                        StorageLive(_23);
                        _22 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb100
                        StorageLive(_25);
                        StorageLive(_39);
                        StorageLive(_40);
                        _39 = Move(_2);
                        Goto(bb22)
                    };
                    { // bb101
                        StorageLive(_42);
                        StorageLive(_57);
                        StorageLive(_58);
                        _57 = Move(_2);
                        Goto(bb33)
                    };
                    { // bb102
                        StorageLive(_59);
                        StorageLive(_60);
                        StorageLive(_74);
                        StorageLive(_75);
                        _74 = Move(_2);
                        Goto(bb44)
                    };
                    { // bb103
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb103_panic, _ => bb103 }
                    };
                    { // bb104
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb104_panic, _ => bb104 }
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb59); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb58); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb57));
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
fn drop_kind(_1: *mut Coro_kind) -> () {
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
            let _3: char;
            let _4: char;
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
            let _24: bool;
            let _25: bool;
            let _26: bool;
            let _27: bool;
            let _28: u32;
            let _29: u32;
            let _30: u32;
            let _31: char;
            let _32: (u32, bool);
            let _33: u32;
            let _34: u8;
            let _35: char;
            let _36: (u32, bool);
            let _37: u32;
            let _38: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _38 = _e0 as u32;
                        match Move(_38) { 0 => bb4, 3 => bb7, _ => bb8 }
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

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_opt(_1: *mut Coro_opt) -> () {
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
            let _4: Option<char>;
            let _5: u8;
            let _6: char;
            let _7: ();
            let _8: YieldNow;
            let _9: YieldNow;
            let _10: YieldNow;
            let _11: ();
            let _12: ();
            let _13: Poll<()>;
            let _14: Pin<&mut YieldNow>;
            let _15: &mut YieldNow;
            let _16: &mut YieldNow;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: isize;
            let _21: ();
            let _22: !;
            let _23: &mut Context<'_>;
            let _24: ();
            let _25: bool;
            let _26: bool;
            let _27: isize;
            let _28: char;
            let _29: char;
            let _30: char;
            let _31: Option<char>;
            let _32: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_24);
                        StorageDead(_23);
                        StorageDead(_8);
                        StorageDead(_7);
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
                        StorageLive(_7);
                        StorageLive(_8);
                        StorageLive(_23);
                        StorageLive(_24);
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
fn drop_run(_1: *mut Coro_run) -> () {
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
        let bb17 = BasicBlock::Cleanup;
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
        let bb29 = BasicBlock::Normal;
        let bb30 = BasicBlock::Normal;
        let bb31 = BasicBlock::Normal;
        let bb32 = BasicBlock::Normal;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Normal;
        let bb35 = BasicBlock::Normal;
        let bb36 = BasicBlock::Normal;
        let bb37 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u8;
            let _4: u32;
            let _5: Coro_kind;
            let _6: Coro_kind;
            let _7: char;
            let _8: u8;
            let _9: Coro_kind;
            let _10: ();
            let _11: ();
            let _12: Poll<u32>;
            let _13: Pin<&mut Coro_kind>;
            let _14: &mut Coro_kind;
            let _15: &mut Coro_kind;
            let _16: &mut Context<'_>;
            let _17: &mut Context<'_>;
            let _18: &mut Context<'_>;
            let _19: isize;
            let _20: u32;
            let _21: !;
            let _22: &mut Context<'_>;
            let _23: ();
            let _24: u32;
            let _25: Coro_kind;
            let _26: Coro_kind;
            let _27: Coro_kind;
            let _28: ();
            let _29: Poll<u32>;
            let _30: Pin<&mut Coro_kind>;
            let _31: &mut Coro_kind;
            let _32: &mut Coro_kind;
            let _33: &mut Context<'_>;
            let _34: &mut Context<'_>;
            let _35: &mut Context<'_>;
            let _36: isize;
            let _37: u32;
            let _38: !;
            let _39: &mut Context<'_>;
            let _40: ();
            let _41: Option<char>;
            let _42: Coro_opt;
            let _43: Coro_opt;
            let _44: u8;
            let _45: Coro_opt;
            let _46: ();
            let _47: Poll<Option<char>>;
            let _48: Pin<&mut Coro_opt>;
            let _49: &mut Coro_opt;
            let _50: &mut Coro_opt;
            let _51: &mut Context<'_>;
            let _52: &mut Context<'_>;
            let _53: &mut Context<'_>;
            let _54: isize;
            let _55: Option<char>;
            let _56: !;
            let _57: &mut Context<'_>;
            let _58: ();
            let _59: Option<char>;
            let _60: Coro_opt;
            let _61: Coro_opt;
            let _62: Coro_opt;
            let _63: ();
            let _64: Poll<Option<char>>;
            let _65: Pin<&mut Coro_opt>;
            let _66: &mut Coro_opt;
            let _67: &mut Coro_opt;
            let _68: &mut Context<'_>;
            let _69: &mut Context<'_>;
            let _70: &mut Context<'_>;
            let _71: isize;
            let _72: Option<char>;
            let _73: !;
            let _74: &mut Context<'_>;
            let _75: ();
            let _76: u32;
            let _77: isize;
            let _78: char;
            let _79: char;
            let _80: u32;
            let _81: isize;
            let _82: char;
            let _83: char;
            let _84: u32;
            let _85: u32;
            let _86: u32;
            let _87: u32;
            let _88: (u32, bool);
            let _89: u32;
            let _90: (u32, bool);
            let _91: u32;
            let _92: (u32, bool);
            let _93: u32;
            let _94: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_run_s7>;
            let _e2: *mut V_run_s7;
            let _e3: *mut ManuallyDrop<V_run_s6>;
            let _e4: *mut V_run_s6;
            let _e5: *mut ManuallyDrop<V_run_s4>;
            let _e6: *mut V_run_s4;
            let _e7: *mut ManuallyDrop<V_run_s2>;
            let _e8: *mut V_run_s2;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _94 = _e0 as u32;
                        match Move(_94) { 0 => bb30, 3 => bb33, 4 => bb34, 5 => bb35, 6 => bb36, _ => bb37 }
                    };
                    { // bb1
                        StorageDead(_75);
                        StorageDead(_74);
                        _e1 = &raw mut (*_1).u.s7;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb18))
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_60);
                        StorageDead(_59);
                        Goto(bb7)
                    };
                    { // bb4
                        StorageDead(_58);
                        StorageDead(_57);
                        _e3 = &raw mut (*_1).u.s6;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb5), UnwindCleanup(bb20))
                    };
                    { // bb5
                        Goto(bb6)
                    };
                    { // bb6
                        StorageDead(_42);
                        Goto(bb7)
                    };
                    { // bb7
                        Goto(bb11)
                    };
                    { // bb8
                        StorageDead(_40);
                        StorageDead(_39);
                        _e5 = &raw mut (*_1).u.s4;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb9), UnwindCleanup(bb23))
                    };
                    { // bb9
                        Goto(bb10)
                    };
                    { // bb10
                        StorageDead(_25);
                        Goto(bb11)
                    };
                    { // bb11
                        Goto(bb15)
                    };
                    { // bb12
                        StorageDead(_23);
                        StorageDead(_22);
                        _e7 = &raw mut (*_1).u.s2;
                        _e8 = CastPtrToPtr(_e7);
                        Drop((*_e8).f, ReturnTo(bb13), UnwindCleanup(bb26))
                    };
                    { // bb13
                        Goto(bb14)
                    };
                    { // bb14
                        StorageDead(_5);
                        Goto(bb15)
                    };
                    { // bb15
                        Goto(bb31)
                    };
                    { // bb16
                        Return()
                    };
                    { // bb17
                        UnwindResume()
                    };
                    { // bb18
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_60);
                        StorageDead(_59);
                        Goto(bb22)
                    };
                    { // bb20
                        Goto(bb21)
                    };
                    { // bb21
                        StorageDead(_42);
                        Goto(bb22)
                    };
                    { // bb22
                        Goto(bb25)
                    };
                    { // bb23
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_25);
                        Goto(bb25)
                    };
                    { // bb25
                        Goto(bb28)
                    };
                    { // bb26
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_5);
                        Goto(bb28)
                    };
                    { // bb28
                        Goto(bb17)
                    };
                    { // bb29
                        Return()
                    };
                    { // bb30
                        Goto(bb32)
                    };
                    { // bb31
                        Goto(bb16)
                    };
                    { // bb32
                        Goto(bb29)
                    };
                    { // bb33
                        StorageLive(_5);
                        StorageLive(_22);
                        StorageLive(_23);
                        Goto(bb12)
                    };
                    { // bb34
                        StorageLive(_25);
                        StorageLive(_39);
                        StorageLive(_40);
                        Goto(bb8)
                    };
                    { // bb35
                        StorageLive(_42);
                        StorageLive(_57);
                        StorageLive(_58);
                        Goto(bb4)
                    };
                    { // bb36
                        StorageLive(_59);
                        StorageLive(_60);
                        StorageLive(_74);
                        StorageLive(_75);
                        Goto(bb1)
                    };
                    { // bb37
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
pub fn root_run(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(run(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
