// invalid: moving a struct out while a borrow of one of its fields is used later (E0505)
struct S { a: u32, g: Guard }
fn take(s: S) {}
fn f() {
    let s = S { a: 1, g: guard(2) };
    let p = &s.a;
    take(s); //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    observe(*p);
}
