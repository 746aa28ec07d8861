// coroslim's compiler_builtins for the rebuilt Cortex-M sysroot (measure/cortex_m/build_core.py).
//
// rustc links every #![no_std] crate against a crate of this name: an empty one is enough to
// compile to objects. A linked image also needs the memory routines LLVM calls for copies and
// fills (memcpy, memmove, memset, memcmp, bcmp and the ARM EABI __aeabi_mem* entry points), which
// the real compiler_builtins provides under its `mem` feature. They are byte loops here (flash is
// what an image measures, not speed), built at opt-level=s so the loops stay loops, with the
// aliases calling them; #![no_builtins] keeps LLVM from turning a loop back into a call to the
// function it implements. Integer division (thumbv6m has no divide instruction, neither target
// divides 64-bit integers) is the run-time ABI's __aeabi_*div* over arith.rs, as are thumbv6m's
// __clzsi2, __aeabi_lmul and __aeabi_llsl/llsr/lasr. Anything else an image needs from
// compiler_builtins (floating point, 128-bit integers) fails to link, naming the symbol.
#![feature(compiler_builtins)]
#![compiler_builtins]
#![no_builtins]
#![no_std]
#![allow(internal_features)]

#[cfg(target_os = "none")]
mod mem {
    #[inline(never)]
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
        let mut i = 0;
        while i < n {
            unsafe { *dst.add(i) = *src.add(i) };
            i += 1;
        }
        dst
    }

    #[inline(never)]
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
        if (dst as usize) < (src as usize) {
            let mut i = 0;
            while i < n {
                unsafe { *dst.add(i) = *src.add(i) };
                i += 1;
            }
        } else {
            let mut i = n;
            while i > 0 {
                i -= 1;
                unsafe { *dst.add(i) = *src.add(i) };
            }
        }
        dst
    }

    #[inline(never)]
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
        let mut i = 0;
        while i < n {
            unsafe { *dst.add(i) = c as u8 };
            i += 1;
        }
        dst
    }

    #[inline(never)]
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        let mut i = 0;
        while i < n {
            let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
            if x != y {
                return x as i32 - y as i32;
            }
            i += 1;
        }
        0
    }

    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        unsafe { memcmp(a, b, n) }
    }

    // The ARM run-time ABI's names (IHI 0043, section 4.3.4): the argument order of memset
    // differs (value last), memclr fills zero, and the 4/8 forms only promise alignment.
    #[cfg(target_arch = "arm")]
    mod aeabi {
        use super::{memcpy, memmove, memset};

        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memcpy(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memcpy(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memcpy4(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memcpy(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memcpy8(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memcpy(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memmove(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memmove(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memmove4(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memmove(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memmove8(dst: *mut u8, src: *const u8, n: usize) {
            unsafe { memmove(dst, src, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memset(dst: *mut u8, n: usize, c: i32) {
            unsafe { memset(dst, c, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memset4(dst: *mut u8, n: usize, c: i32) {
            unsafe { memset(dst, c, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memset8(dst: *mut u8, n: usize, c: i32) {
            unsafe { memset(dst, c, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memclr(dst: *mut u8, n: usize) {
            unsafe { memset(dst, 0, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memclr4(dst: *mut u8, n: usize) {
            unsafe { memset(dst, 0, n) };
        }
        #[unsafe(no_mangle)]
        pub unsafe extern "aapcs" fn __aeabi_memclr8(dst: *mut u8, n: usize) {
            unsafe { memset(dst, 0, n) };
        }
    }
}

#[cfg(target_arch = "arm")]
#[allow(dead_code)]
mod arith {
    include!("arith.rs");
}

// The ARM run-time ABI's division entry points (IHI 0043, section 4.3.1). The 32-bit divmod forms
// return {quotient, remainder} in r0 and r1, which is how AAPCS returns a u64 (low word in r0).
// The 64-bit divmod forms return them in r0-r3, which no Rust signature can say: a naked wrapper
// calls __udivmoddi4/__divmoddi4 with the remainder's address as the fifth argument (on the stack)
// and loads the remainder into r2:r3.
#[cfg(target_arch = "arm")]
mod aeabi_arith {
    use super::arith::*;

    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_uidiv(n: u32, d: u32) -> u32 {
        udivmod32(n, d).0
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_uidivmod(n: u32, d: u32) -> u64 {
        let (q, r) = udivmod32(n, d);
        q as u64 | (r as u64) << 32
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_idiv(n: i32, d: i32) -> i32 {
        idivmod32(n, d).0
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_idivmod(n: i32, d: i32) -> u64 {
        let (q, r) = idivmod32(n, d);
        q as u32 as u64 | (r as u32 as u64) << 32
    }
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn __udivmoddi4(n: u64, d: u64, rem: *mut u64) -> u64 {
        let (q, r) = udivmod64(n, d);
        unsafe { *rem = r };
        q
    }
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn __divmoddi4(n: i64, d: i64, rem: *mut i64) -> i64 {
        let (q, r) = idivmod64(n, d);
        unsafe { *rem = r };
        q
    }

    #[unsafe(no_mangle)]
    pub extern "C" fn __clzsi2(x: u32) -> i32 {
        clz32(x) as i32
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_lmul(a: u64, b: u64) -> u64 {
        mul64(a, b)
    }

    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_llsl(a: u64, s: u32) -> u64 {
        shl64(a, s)
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_llsr(a: u64, s: u32) -> u64 {
        lshr64(a, s)
    }
    #[unsafe(no_mangle)]
    pub extern "aapcs" fn __aeabi_lasr(a: i64, s: u32) -> i64 {
        ashr64(a, s)
    }

    #[unsafe(naked)]
    #[unsafe(no_mangle)]
    pub unsafe extern "aapcs" fn __aeabi_uldivmod() {
        core::arch::naked_asm!(
            "push {{r4, lr}}",
            "sub sp, sp, #16",
            "add r4, sp, #8",
            "str r4, [sp]",
            "bl __udivmoddi4",
            "ldr r2, [sp, #8]",
            "ldr r3, [sp, #12]",
            "add sp, sp, #16",
            "pop {{r4, pc}}",
        )
    }
    #[unsafe(naked)]
    #[unsafe(no_mangle)]
    pub unsafe extern "aapcs" fn __aeabi_ldivmod() {
        core::arch::naked_asm!(
            "push {{r4, lr}}",
            "sub sp, sp, #16",
            "add r4, sp, #8",
            "str r4, [sp]",
            "bl __divmoddi4",
            "ldr r2, [sp, #8]",
            "ldr r3, [sp, #12]",
            "add sp, sp, #16",
            "pop {{r4, pc}}",
        )
    }
}
