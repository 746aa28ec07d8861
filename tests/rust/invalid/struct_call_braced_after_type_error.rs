// invalid: a braced struct called as a fn is rustc's E0423, reported in typeck's order: the
// mismatch on line 5 first (the parser reported the call before it)
struct S { a: u32 }
fn f() -> u32 {
    let x: u32 = 1u8; //~ ERROR [E0308] mismatched types
    S(x)
}
