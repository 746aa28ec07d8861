// invalid (issue 22, tree27): `if let 3 = s.k`: at the pattern
struct S { k: u32, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.k;
    if let 3 = s.k { observe(1); } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    *r = c;
}
