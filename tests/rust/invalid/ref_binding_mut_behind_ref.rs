// invalid: a `ref mut` binding through a shared reference (E0596, at the binding)
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let s = S { k: n, v: 2 };
    let r = &s;
    match *r {
        S { ref mut k, .. } => { *k += 1; *k } //~ ERROR [E0596] cannot borrow `r.k` as mutable, as it is behind a `&` reference
    }
}
