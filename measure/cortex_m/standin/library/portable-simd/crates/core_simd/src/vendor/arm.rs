// Stand-in written for coroslim (measure/cortex_m/build_core.py): the original converts
// core::simd vectors to and from the NEON and ARMv6 SIMD32 types of core::arch::arm, and is
// missing from the x86_64 rust-docs. Those conversions are `From` impls nothing in coroslim's
// emitted crates uses, so the stand-in declares none.
