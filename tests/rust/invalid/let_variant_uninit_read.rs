// invalid: a binding of `let W::A(k, g);` read before it is assigned (E0381)
enum W { A(u32, Guard) }
fn f() -> u32 {
    let W::A(k, g);
    k //~ ERROR [E0381] used binding `k` isn't initialized
}
