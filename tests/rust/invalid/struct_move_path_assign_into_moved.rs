// invalid: assigning into a field whose parent was moved as a whole (E0382)
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
    s.a.x = guard(4); //~ ERROR [E0382] assign to part of moved value: `s.a`
    take(t.g)
}
