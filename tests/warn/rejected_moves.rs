// covers (warn33): rustc's MIR borrowck errors that typeck finds in a `let` (`let &&x = &&g;` E0507, a
// `let`'s `@` moving twice E0382): the fn is typed whole and prints its lints of phases 1-3; resolve's
// E0408 of a name the first alternative does not bind (the alternative's binding typed on its own) and
// E0530 of a tuple struct's name at the top of an arm (a binding) print their fn's lints too
struct P(u32);
struct Q { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let mut m = 1;
    let g = guard(n);
    let &&x = &&g;
    0
}
fn h(q: Q) -> u32 {
    let u = 2;
    let r @ Q { g, .. } = q;
    r.a
}
fn j(x: u32) -> u32 {
    match x { P => 1, _ => 2 }
}
fn k(o: Option<u32>) -> u32 {
    let mut w = 3;
    match o { Some(x) | Some(y) => 0, None => 1 }
}
