// invalid (issue 22, tree27): `S { e: x @ E::A(0), .. } => .., _ => *r = c`: the variant under the binding is tested, `s.e.0` at the match's start, on the way to the `_` arm
enum E { A(u32), B }
struct S { e: E, n: u32 }
fn f(mut s: S, c: E) {
    let r = &mut s.e;
    match s { S { e: x @ E::A(0), .. } => observe(1), _ => *r = c } //~ ERROR [E0503] cannot use `s.e.0` because it was mutably borrowed
}
