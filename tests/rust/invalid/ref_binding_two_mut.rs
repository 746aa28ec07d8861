// invalid: two `ref mut` bindings of one field live at once (E0499, at the second binding)
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    let S { ref mut k, .. } = s;
    let S { k: ref mut j, ref mut v } = s; //~ ERROR [E0499] cannot borrow `s.k` as mutable more than once at a time
    *j += 1;
    *k += *v;
    0
}
