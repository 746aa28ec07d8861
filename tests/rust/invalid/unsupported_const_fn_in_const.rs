// invalid (constfn40): a const item calling a const fn: rustc evaluates it; coroslim's evaluator runs no fn
const fn k(x: u32) -> u32 { x + 1 }
const K: u32 = k(3); //~ ERROR not supported
fn f() -> u32 { K }
