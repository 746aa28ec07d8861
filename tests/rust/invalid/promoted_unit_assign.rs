// invalid: assigning through a promoted `&()` (promo39: rustc's `_1 = ();` promoted, a `&'static ()`)
fn f() -> u32 {
    let r = &();
    *r = (); //~ ERROR [E0594] cannot assign to `*r`, which is behind a `&` reference
    1
}
