// covers: a match guard on an arm with `ref` / `ref mut` bindings (guard27 x ref27, found at their merge:
// the guard's ref took the field, not the binding: "&u32 assigned to a place of type &&mut u32" from the
// verifier). rustc binds a by-ref binding before the guard (value_for_arm = &mut place; ref_for_guard =
// &value_for_arm) and not again after it.
//@ args: f 2
//@ args: f 7
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let k = match o {
        Some(ref mut v) if *v > 3 => { *v += 1; *v }
        Some(ref w) => *w,
        None => 0,
    };
    yield_now().await;
    k + match o { Some(x) => x, None => 9 }
}
