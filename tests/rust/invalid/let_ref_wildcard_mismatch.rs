// invalid (pat36): `let &_ = e;` with e a `&mut` reference: the `&` pattern against `&mut Option<u32>`,
// rustc's E0308 at the pattern
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let &_ = &mut o; //~ ERROR [E0308] mismatched types
    n
}
