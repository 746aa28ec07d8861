// invalid: a Guard moved out of a captured enum inside a loop of the block: the second iteration
// matches a partially moved value (rustc: "use of moved value" at the binding `g`, the place
// `(e as B).0` having no name; coroslim names `e`, partially moved, at the scrutinee, as it does
// for a local enum in a loop)
enum G { A, B(Guard) }
async fn f(n: u32) -> u32 {
    let e = G::B(guard(n));
    async move {
        loop {
            if let G::B(g) = e { //~ ERROR moved value
                let h = g;
            }
            yield_now().await;
        }
    }
    .await
}
