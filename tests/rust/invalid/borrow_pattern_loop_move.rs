// invalid (issue 22, pmove26): in a loop, a `let` pattern moves out while the borrow made before the loop is used on the next iteration
enum W { A(u32, Guard) }
fn f(c: bool) {
    let mut w = W::A(1, guard(2));
    let mut r = &w;
    loop {
        let q = r;
        let W::A(k, g) = w; //~ ERROR [E0505] cannot move out of `w.1` because it is borrowed
        w = W::A(k, g);
        if c { break; }
    }
}
