// invalid: borrowing a field of a moved field: rustc names the moved path `s.a` (E0382)
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
    let t = s.a;
    let r = &s.a.x; //~ ERROR [E0382] borrow of moved value: `s.a`
    take(t.g)
}
