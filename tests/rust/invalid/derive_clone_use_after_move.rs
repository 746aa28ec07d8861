// invalid: a Clone (not Copy) struct moved, then cloned (E0382: a borrow of a moved value)
#[derive(Clone)]
struct Q { a: u32 }
fn take(q: Q) -> u32 {
    q.a
}
fn f(q: Q) -> u32 {
    let n = take(q);
    let r = q.clone(); //~ ERROR [E0382] borrow of moved value: `q`
    n + r.a
}
