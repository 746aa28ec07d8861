// invalid: borrowing a field whose own fields were moved one by one: partially moved (E0382)
struct A { x: Guard, g: Guard }
struct S { a: A, b: u32 }
fn take(g: Guard) -> u32 {
    1
}
fn mk() -> S {
    S { a: A { x: guard(1), g: guard(2) }, b: 3 }
}
fn f() -> u32 {
    let mut s = mk();
    let n = take(s.a.x) + take(s.a.g);
    let r = &s.a; //~ ERROR [E0382] borrow of partially moved value: `s.a`
    n
}
