// invalid (issue 22, tree27): `S { k: x @ 1..=4, .. } => .., _ => *r = c`: the range under the binding tests `s.k` on the way to the `_` arm (the session-start binary made the binding's read only, in its own arm, and accepted)
struct S { k: u32, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.k;
    match s { S { k: x @ 1..=4, .. } => observe(x), _ => *r = c } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
}
