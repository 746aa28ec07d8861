// invalid: `v @ Some(_)` through `&o` binds the shared borrow of `o`: `&mut o` while `v` lives is E0502
fn peek(o: &Option<u32>) -> u32 {
    match o { Some(x) => *x, None => 0 }
}
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &o {
        v @ Some(_) => {
            let t = &mut o; //~ ERROR [E0502] cannot borrow `o` as mutable because it is also borrowed as immutable
            *t = None;
            peek(v)
        }
        None => 0,
    }
}
