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

// bar: async fn at 3:1; size 2, align 1, tag u8 at 0
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_bar { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_bar_tag { _p: [u8; 0], f: Tag_bar }
#[repr(C)]
struct V_bar_s0 { _p: [u8; 1], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_bar_s0, f) == 1);
#[repr(C)]
union U_bar {
    tag: V_bar_tag,
    s0: ManuallyDrop<V_bar_s0>,
    size: [u8; 2],
}
#[repr(C, align(1))]
struct Coro_bar { u: U_bar, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_bar>() == 2 && core::mem::align_of::<Coro_bar>() == 1);
impl Future for Coro_bar {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_bar(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_bar {
    #[inline(always)]
    fn drop(&mut self) {
        drop_bar(self)
    }
}

// foo: async fn at 8:1; size 12, align 4, tag u8 at 4
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_foo { V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_foo_tag { _p: [u8; 4], f: Tag_foo }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_foo_s0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_foo_s0, f) == 0);
#[repr(C)]
struct V_foo_s1 { _p: [u8; 8], f: Coro_bar }
const _: () = assert!(core::mem::offset_of!(V_foo_s1, f) == 8);
#[repr(C)]
struct V_foo_s2 { _p: [u8; 8], f: Coro_bar }
const _: () = assert!(core::mem::offset_of!(V_foo_s2, f) == 8);
#[repr(C)]
union U_foo {
    tag: V_foo_tag,
    s0: V_foo_s0,
    s1: ManuallyDrop<V_foo_s1>,
    s2: ManuallyDrop<V_foo_s2>,
    size: [u8; 12],
}
#[repr(C, align(4))]
struct Coro_foo { u: U_foo, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_foo>() == 12 && core::mem::align_of::<Coro_foo>() == 4);
impl Future for Coro_foo {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_foo(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_foo {
    #[inline(always)]
    fn drop(&mut self) {
        drop_foo(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn bar() -> Coro_bar {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_bar;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_bar::V0;
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
fn resume_bar(_1: &mut Coro_bar, _2: &mut Context<'_>) -> Poll<u32> {
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
            let _23: &mut Coro_bar;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_bar_s0>;
            let _e2: *mut V_bar_s0;
            let _e3: *mut ManuallyDrop<V_bar_s0>;
            let _e4: *mut V_bar_s0;
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
                        (*_23).u.tag.f = Tag_bar::V3;
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
                        (*_23).u.tag.f = Tag_bar::V1;
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
                        (*_23).u.tag.f = Tag_bar::V2;
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
fn foo() -> Coro_foo {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_foo;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_foo::V0;
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
fn resume_foo(_1: &mut Coro_foo, _2: &mut Context<'_>) -> Poll<u32> {
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
        let bb40 = BasicBlock::Cleanup;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Cleanup;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Cleanup;
        let bb45 = BasicBlock::Normal;
        let bb46 = BasicBlock::Cleanup;
        let bb47 = BasicBlock::Normal;
        let bb48 = BasicBlock::Normal;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb24_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb49_panic = BasicBlock::Normal;
        let bb50_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Coro_bar;
            let _5: Coro_bar;
            let _6: Coro_bar;
            let _7: ();
            let _8: ();
            let _9: Poll<u32>;
            let _10: Pin<&mut Coro_bar>;
            let _11: &mut Coro_bar;
            let _12: &mut Coro_bar;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: u32;
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: u32;
            let _22: Coro_bar;
            let _23: Coro_bar;
            let _24: Coro_bar;
            let _25: ();
            let _26: Poll<u32>;
            let _27: Pin<&mut Coro_bar>;
            let _28: &mut Coro_bar;
            let _29: &mut Coro_bar;
            let _30: &mut Context<'_>;
            let _31: &mut Context<'_>;
            let _32: &mut Context<'_>;
            let _33: isize;
            let _34: u32;
            let _35: !;
            let _36: &mut Context<'_>;
            let _37: ();
            let _38: u32;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: u32;
            let _43: &mut Coro_foo;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_foo_s1>;
            let _e2: *mut V_foo_s1;
            let _e3: *mut ManuallyDrop<V_foo_s1>;
            let _e4: *mut V_foo_s1;
            let _e5: *mut ManuallyDrop<V_foo_s1>;
            let _e6: *mut V_foo_s1;
            let _e7: *mut ManuallyDrop<V_foo_s2>;
            let _e8: *mut V_foo_s2;
            let _e9: *mut ManuallyDrop<V_foo_s2>;
            let _e10: *mut V_foo_s2;
            let _e11: *mut ManuallyDrop<V_foo_s2>;
            let _e12: *mut V_foo_s2;
            let _e13: *mut ManuallyDrop<V_foo_s2>;
            let _e14: *mut V_foo_s2;
            let _e15: *mut ManuallyDrop<V_foo_s1>;
            let _e16: *mut V_foo_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _43 = _1;
                        _e0 = Discriminant((*_43).u.tag.f);
                        _42 = _e0 as u32;
                        match Move(_42) { 0 => bb1, 1 => bb50, 2 => bb49, 3 => bb47, 4 => bb48, _ => bb8 }
                    };
                    { // bb1
                        StorageLive(_4);
                        StorageLive(_5);
                        Call(_5 = bar(), ReturnTo(bb2), UnwindCleanup(bb41))
                    };
                    { // bb2
                        Call(_4 = <Coro_bar as IntoFuture>::into_future(Move(_5)), ReturnTo(bb3), UnwindCleanup(bb40))
                    };
                    { // bb3
                        StorageDead(_5);
                        _e1 = &raw mut (*_43).u.s1;
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
                        _e3 = &raw mut (*_43).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _12 = &mut (*_e4).f;
                        _11 = &mut (*_12);
                        Call(_10 = Pin::<&mut Coro_bar>::new_unchecked(Move(_11)), ReturnTo(bb5), UnwindCleanup(bb37))
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
                        Call(_9 = <Coro_bar as Future>::poll(Move(_10), Move(_13)), ReturnTo(bb7), UnwindCleanup(bb36))
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
                        StorageDead(_4);
                        StorageDead(_19);
                        StorageDead(_20);
                        (*_43).u.tag.f = Tag_foo::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_17);
                        _17 = place!(Field::<u32>(Variant(_9, 0), 0));
                        (*_43).u.s0.f = _17;
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_12);
                        StorageDead(_9);
                        StorageDead(_8);
                        _e5 = &raw mut (*_43).u.s1;
                        _e6 = CastPtrToPtr(_e5);
                        Drop((*_e6).f, ReturnTo(bb12), UnwindCleanup(bb39))
                    };
                    { // bb11
                        StorageDead(_20);
                        _2 = Move(_19);
                        StorageDead(_19);
                        _7 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        Goto(bb13)
                    };
                    { // bb13
                        StorageDead(_4);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        Call(_23 = bar(), ReturnTo(bb14), UnwindCleanup(bb33))
                    };
                    { // bb14
                        Call(_22 = <Coro_bar as IntoFuture>::into_future(Move(_23)), ReturnTo(bb15), UnwindCleanup(bb32))
                    };
                    { // bb15
                        StorageDead(_23);
                        _e7 = &raw mut (*_43).u.s2;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f = Move(_22);
                        Goto(bb16)
                    };
                    { // bb16
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_28);
                        StorageLive(_29);
                        _e9 = &raw mut (*_43).u.s2;
                        _e10 = CastPtrToPtr(_e9);
                        _29 = &mut (*_e10).f;
                        _28 = &mut (*_29);
                        Call(_27 = Pin::<&mut Coro_bar>::new_unchecked(Move(_28)), ReturnTo(bb17), UnwindCleanup(bb29))
                    };
                    { // bb17
                        StorageDead(_28);
                        StorageLive(_30);
                        StorageLive(_31);
                        StorageLive(_32);
                        _32 = _2;
                        _31 = Move(_32);
                        Goto(bb18)
                    };
                    { // bb18
                        _30 = &mut (*_31);
                        StorageDead(_32);
                        Call(_26 = <Coro_bar as Future>::poll(Move(_27), Move(_30)), ReturnTo(bb19), UnwindCleanup(bb28))
                    };
                    { // bb19
                        StorageDead(_30);
                        StorageDead(_27);
                        _33 = Discriminant(_26);
                        match Move(_33) { 0 => bb21, 1 => bb20, _ => bb8 }
                    };
                    { // bb20
                        _25 = ();
                        StorageDead(_31);
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_25);
                        StorageLive(_36);
                        StorageLive(_37);
                        _37 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_21);
                        StorageDead(_22);
                        StorageDead(_36);
                        StorageDead(_37);
                        (*_43).u.tag.f = Tag_foo::V4;
                        Return()
                    };
                    { // bb21
                        StorageLive(_34);
                        _34 = place!(Field::<u32>(Variant(_26, 0), 0));
                        _21 = _34;
                        StorageDead(_34);
                        StorageDead(_31);
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_25);
                        _e11 = &raw mut (*_43).u.s2;
                        _e12 = CastPtrToPtr(_e11);
                        Drop((*_e12).f, ReturnTo(bb23), UnwindCleanup(bb31))
                    };
                    { // bb22
                        StorageDead(_37);
                        _2 = Move(_36);
                        StorageDead(_36);
                        _7 = ();
                        Goto(bb16)
                    };
                    { // bb23
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_22);
                        StorageLive(_38);
                        _38 = (*_43).u.s0.f;
                        StorageLive(_39);
                        _39 = _21;
                        _40 = Checked(_38 + _39);
                        match Move(_40.1) { false => bb25, _ => bb24_panic }
                    };
                    { // bb25
                        _41 = Move(_40.0);
                        StorageDead(_39);
                        StorageDead(_38);
                        StorageDead(_21);
                        Goto(bb45)
                    };
                    { // bb26
                        RET = Poll::<u32>::Ready(Move(_41));
                        (*_43).u.tag.f = Tag_foo::V1;
                        Return()
                    };
                    { // bb27
                        StorageDead(_39);
                        StorageDead(_38);
                        Goto(bb35)
                    };
                    { // bb28
                        StorageDead(_30);
                        StorageDead(_27);
                        StorageDead(_31);
                        Goto(bb30)
                    };
                    { // bb29
                        StorageDead(_28);
                        StorageDead(_27);
                        Goto(bb30)
                    };
                    { // bb30
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_25);
                        _e13 = &raw mut (*_43).u.s2;
                        _e14 = CastPtrToPtr(_e13);
                        Drop((*_e14).f, ReturnTo(bb31), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb31
                        Goto(bb34)
                    };
                    { // bb32
                        Goto(bb33)
                    };
                    { // bb33
                        StorageDead(_23);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_22);
                        Goto(bb35)
                    };
                    { // bb35
                        StorageDead(_21);
                        Goto(bb43)
                    };
                    { // bb36
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_14);
                        Goto(bb38)
                    };
                    { // bb37
                        StorageDead(_11);
                        StorageDead(_10);
                        Goto(bb38)
                    };
                    { // bb38
                        StorageDead(_12);
                        StorageDead(_9);
                        StorageDead(_8);
                        _e15 = &raw mut (*_43).u.s1;
                        _e16 = CastPtrToPtr(_e15);
                        Drop((*_e16).f, ReturnTo(bb39), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb39
                        Goto(bb42)
                    };
                    { // bb40
                        Goto(bb41)
                    };
                    { // bb41
                        StorageDead(_5);
                        Goto(bb42)
                    };
                    { // bb42
                        StorageDead(_4);
                        Goto(bb43)
                    };
                    { // bb43
                        Goto(bb44)
                    };
                    { // bb44
                        Goto(bb46)
                    };
                    { // bb45
                        Goto(bb26)
                    };
                    { // bb46
                        (*_43).u.tag.f = Tag_foo::V2;
                        UnwindResume()
                    };
                    { // bb47
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        _19 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb48
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_36);
                        StorageLive(_37);
                        _36 = Move(_2);
                        Goto(bb22)
                    };
                    { // bb49
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb49_panic, _ => bb49 }
                    };
                    { // bb50
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb50_panic, _ => bb50 }
                    };
                    { // bb24_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb27))
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
fn drop_bar(_1: *mut Coro_bar) -> () {
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
fn drop_foo(_1: *mut Coro_foo) -> () {
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
        let bb9 = BasicBlock::Cleanup;
        let bb10 = BasicBlock::Cleanup;
        let bb11 = BasicBlock::Cleanup;
        let bb12 = BasicBlock::Cleanup;
        let bb13 = BasicBlock::Cleanup;
        let bb14 = BasicBlock::Cleanup;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: Coro_bar;
            let _5: Coro_bar;
            let _6: Coro_bar;
            let _7: ();
            let _8: ();
            let _9: Poll<u32>;
            let _10: Pin<&mut Coro_bar>;
            let _11: &mut Coro_bar;
            let _12: &mut Coro_bar;
            let _13: &mut Context<'_>;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: isize;
            let _17: u32;
            let _18: !;
            let _19: &mut Context<'_>;
            let _20: ();
            let _21: u32;
            let _22: Coro_bar;
            let _23: Coro_bar;
            let _24: Coro_bar;
            let _25: ();
            let _26: Poll<u32>;
            let _27: Pin<&mut Coro_bar>;
            let _28: &mut Coro_bar;
            let _29: &mut Coro_bar;
            let _30: &mut Context<'_>;
            let _31: &mut Context<'_>;
            let _32: &mut Context<'_>;
            let _33: isize;
            let _34: u32;
            let _35: !;
            let _36: &mut Context<'_>;
            let _37: ();
            let _38: u32;
            let _39: u32;
            let _40: (u32, bool);
            let _41: u32;
            let _42: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_foo_s2>;
            let _e2: *mut V_foo_s2;
            let _e3: *mut ManuallyDrop<V_foo_s1>;
            let _e4: *mut V_foo_s1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _42 = _e0 as u32;
                        match Move(_42) { 0 => bb16, 3 => bb19, 4 => bb20, _ => bb21 }
                    };
                    { // bb1
                        StorageDead(_37);
                        StorageDead(_36);
                        _e1 = &raw mut (*_1).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb10))
                    };
                    { // bb2
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb7)
                    };
                    { // bb4
                        StorageDead(_20);
                        StorageDead(_19);
                        _e3 = &raw mut (*_1).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        Drop((*_e4).f, ReturnTo(bb5), UnwindCleanup(bb12))
                    };
                    { // bb5
                        Goto(bb6)
                    };
                    { // bb6
                        StorageDead(_4);
                        Goto(bb7)
                    };
                    { // bb7
                        Goto(bb17)
                    };
                    { // bb8
                        Return()
                    };
                    { // bb9
                        UnwindResume()
                    };
                    { // bb10
                        Goto(bb11)
                    };
                    { // bb11
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb14)
                    };
                    { // bb12
                        Goto(bb13)
                    };
                    { // bb13
                        StorageDead(_4);
                        Goto(bb14)
                    };
                    { // bb14
                        Goto(bb9)
                    };
                    { // bb15
                        Return()
                    };
                    { // bb16
                        Goto(bb18)
                    };
                    { // bb17
                        Goto(bb8)
                    };
                    { // bb18
                        Goto(bb15)
                    };
                    { // bb19
                        StorageLive(_4);
                        StorageLive(_19);
                        StorageLive(_20);
                        Goto(bb4)
                    };
                    { // bb20
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_36);
                        StorageLive(_37);
                        Goto(bb1)
                    };
                    { // bb21
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
pub fn root_foo(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(foo());
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
