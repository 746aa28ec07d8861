// invalid (pat36): `let &mut _ = r;` with r a `&Option<u32>`: E0308 at the pattern
fn f(n: u32) -> u32 {
    let o = Some(n);
    let r = &o;
    let &mut _ = r; //~ ERROR [E0308] mismatched types
    n
}
